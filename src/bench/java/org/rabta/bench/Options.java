package org.rabta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A benchmark's {@code --name=value} options over its defaults. The options every benchmark shares: {@code --url} of
 * the running application, {@code --jdbc} of its database and {@code --pg-data}, the zero-setup database's data
 * directory, whose password file completes a JDBC URL that names no password (docs/ZERO-SETUP-DATABASE.md).
 */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>(Map.of("url", "http://localhost:8080",
            "jdbc", "jdbc:postgresql://localhost:54329/postgres?user=postgres", "pg-data", "data/postgres",
            "password", "Rabta-demo-2026"));

    public Options(Map<String, String> defaults, String... args) {
        values.putAll(defaults);
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            values.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No option --" + name);
        }
        return value;
    }

    public int integer(String name) {
        return Integer.parseInt(get(name));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(get(name));
    }

    /** The JDBC URL, with the zero-setup database's password added when the URL names none. */
    public String jdbc() {
        String url = get("jdbc");
        if (url.contains("password=")) {
            return url;
        }
        Path file = Path.of(get("pg-data"), "rabta-superuser.password");
        try {
            return url + (url.contains("?") ? "&" : "?") + "password="
                    + URLEncoder.encode(Files.readString(file).strip(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The JDBC URL names no password and " + file + " cannot be read: pass "
                    + "--pg-data=<the data directory> or a URL with &password=", e);
        }
    }
}
