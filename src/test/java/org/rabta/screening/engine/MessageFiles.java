package org.rabta.screening.engine;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.rabta.support.MessageBundles;

/**
 * The screening messages as the app ships them (UTF-8 properties), with the same argument
 * resolution the web layer does: a fact is said by its label, a list of facts as a joined list.
 */
final class MessageFiles {

    static final MessageFiles ENGLISH = load("messages.properties", Locale.ENGLISH);
    static final MessageFiles URDU = load("messages_ur.properties", Locale.forLanguageTag("ur"));

    private final Properties properties;
    private final Locale locale;

    private MessageFiles(Properties properties, Locale locale) {
        this.properties = properties;
        this.locale = locale;
    }

    private static MessageFiles load(String file, Locale locale) {
        return new MessageFiles(MessageBundles.load(file), locale);
    }

    boolean has(String key) {
        return properties.containsKey(key);
    }

    String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError("missing message " + key);
        }
        return value;
    }

    Set<String> screeningKeys() {
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("screening.")).forEach(keys::add);
        return keys;
    }

    String render(Explanation explanation) {
        Object[] args = explanation.args().stream().map(this::resolve).toArray();
        return new MessageFormat(get(explanation.messageCode()), locale).format(args);
    }

    private Object resolve(Object arg) {
        if (arg instanceof Fact fact) {
            return label(fact);
        }
        if (arg instanceof List<?> list) {
            return join(list.stream().map(this::resolve).map(String::valueOf).toList());
        }
        return arg;
    }

    String label(Fact fact) {
        return get("screening.fact." + fact.name() + ".label");
    }

    private String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            String pattern = get(i == items.size() - 1 ? "screening.list.joinLast" : "screening.list.join");
            joined = new MessageFormat(pattern, locale).format(new Object[] {joined, items.get(i)});
        }
        return joined;
    }
}
