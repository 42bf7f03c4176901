package org.rabta.screening;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.rabta.screening.engine.Explanation;
import org.rabta.screening.engine.Fact;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says the engine's explanation in the reader's language: a fact argument becomes its label, a list
 * of facts a list such as "recruitment, transport and transfer" (joined by the messages
 * {@code screening.list.join} and {@code screening.list.joinLast}, so Urdu joins the Urdu way).
 */
@Component
@RequiredArgsConstructor
class ScreeningMessages {

    private final MessageSource messages;

    List<String> sentences(List<Explanation> explanation, Locale locale) {
        return explanation.stream().map(sentence -> sentence(sentence, locale)).toList();
    }

    String sentence(Explanation explanation, Locale locale) {
        Object[] args = explanation.args().stream().map(arg -> resolve(arg, locale)).toArray();
        return messages.getMessage(explanation.messageCode(), args, locale);
    }

    private String label(Fact fact, Locale locale) {
        return messages.getMessage("screening.fact." + fact.name() + ".label", null, locale);
    }

    private Object resolve(Object arg, Locale locale) {
        if (arg instanceof Fact fact) {
            return label(fact, locale);
        }
        if (arg instanceof Collection<?> items) {
            return join(items.stream().map(item -> String.valueOf(resolve(item, locale))).toList(), locale);
        }
        return arg;
    }

    private String join(List<String> items, Locale locale) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            String code = i == items.size() - 1 ? "screening.list.joinLast" : "screening.list.join";
            joined = messages.getMessage(code, new Object[] {joined, items.get(i)}, locale);
        }
        return joined;
    }
}
