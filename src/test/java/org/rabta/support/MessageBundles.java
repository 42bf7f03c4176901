package org.rabta.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** The application's message files as it ships them (UTF-8), for tests that check what they say. */
public final class MessageBundles {

    /** English, then Urdu. */
    public static final List<String> FILES = List.of("messages.properties", "messages_ur.properties");

    private MessageBundles() {
    }

    public static Properties load(String file) {
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
