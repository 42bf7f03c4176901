package org.rabta.accounts;

import java.util.List;
import java.util.Map;

/**
 * "Chrome on Windows": the browser and system a user agent names, so that a user recognises their own devices in
 * the list of sessions. Only the common ones; anything else shows the raw user agent alone.
 *
 * @param browser the browser's name, or null
 * @param system  the operating system's name, or null
 */
record DeviceName(String browser, String system) {

    // Order matters: Edge, Opera and Chromium also say "Chrome", Chrome also says "Safari", Android also says "Linux".
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("SamsungBrowser/", "Samsung Internet"),
            Map.entry("Firefox/", "Firefox"), Map.entry("Chromium/", "Chromium"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"), Map.entry("curl/", "curl"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"), Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"),
            Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    static DeviceName of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        return browser == null && system == null ? null : new DeviceName(browser, system);
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
