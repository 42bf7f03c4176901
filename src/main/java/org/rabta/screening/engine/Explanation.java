package org.rabta.screening.engine;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of the explanation, as a message code and its arguments, so that the web layer
 * can say it in the reader's language. An argument is a {@link Fact} (said as the message
 * {@code screening.fact.<CODE>.label}), a {@code List<Fact>} (the labels joined as a list) or a
 * plain value.
 *
 * @param messageCode key in {@code messages*.properties}, always starting {@code screening.}
 * @param args        the message arguments {@code {0}}, {@code {1}}, …
 */
public record Explanation(String messageCode, List<Object> args) {

    public Explanation {
        Objects.requireNonNull(messageCode, "messageCode");
        args = List.copyOf(args);
    }

    public static Explanation of(String messageCode, Object... args) {
        return new Explanation(messageCode, List.of(args));
    }
}
