package org.rabta.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** The application's Thymeleaf templates as written, for the tests that read every one of them. */
public final class Templates {

    public static final Path ROOT = Path.of("src/main/resources/templates");

    private Templates() {
    }

    /** Every template parsed as HTML, by its path below {@link #ROOT} ({@code cases/page.html}), in that order. */
    public static Map<String, Document> parsed() throws IOException {
        Map<String, Document> templates = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path template : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                templates.put(ROOT.relativize(template).toString(), Jsoup.parse(Files.readString(template), "", Parser.htmlParser()));
            }
        }
        return templates;
    }
}
