package org.rabta.support;

import java.util.Optional;
import java.util.function.Function;

/** Request mappings' path patterns filled in, for the tests that call every endpoint of the application. */
public final class PathPatterns {

    private PathPatterns() {
    }

    /**
     * The pattern with each {@code {name}} or {@code {name:regex}} (whose regex may hold braces of its own, as in
     * {@code {2}}) replaced by the value of its name, or empty when a name has no value.
     */
    public static Optional<String> fill(String pattern, Function<String, Optional<String>> values) {
        StringBuilder path = new StringBuilder();
        int at = 0;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            if (c != '{') {
                path.append(c);
                at++;
                continue;
            }
            int end = at + 1;
            for (int depth = 1; depth > 0; end++) {
                depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
            }
            Optional<String> value = values.apply(pattern.substring(at + 1, end - 1).split(":", 2)[0]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            path.append(value.get());
            at = end;
        }
        return Optional.of(path.toString());
    }
}
