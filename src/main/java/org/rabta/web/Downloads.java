package org.rabta.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * Files the screens offer for download (PDF, CSV, XLSX). A {@code lang} parameter on one chooses the language of
 * that file only: someone who downloads the Urdu PDF to hand on keeps reading the screens in their own language,
 * so neither the language cookie nor the user's profile remembers it.
 */
public final class Downloads {

    private static final List<String> EXTENSIONS = List.of(".pdf", ".csv", ".xlsx");

    private Downloads() {
    }

    /** Whether the request asks for a downloadable file, by the extension its path ends with. */
    public static boolean isDownload(HttpServletRequest request) {
        String path = request.getRequestURI().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(path::endsWith);
    }
}
