package org.rabta.demo;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rabta.support.PageChecks;
import org.rabta.support.RenderedForm;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;

/**
 * One user's walk through the application in one language: from the home page along the navigation and every link
 * of every page it reaches, then every screen of the handler mappings it has not reached by a link, with path
 * variables filled from the links it did follow and from sample records. Each handler pattern (with the names of its
 * query parameters) is visited once: /cases/PB-2026-000001 stands for every case page.
 *
 * <p>Left out on purpose: links that download files (handlers that write the body themselves: PDF, CSV, XLSX,
 * attachments), since a download is not a page; and {@code ?lang=} links, the one GET that changes something (the
 * user's remembered language), which the crawl replaces with its language cookie.
 */
final class Crawl {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^{}]*(?:\\{[^}]*}[^{}]*)*)?}");
    private static final int MAX_CANDIDATES = 8;
    static final String BASE = "http://localhost";

    private final Browser browser;
    private final ScreenMappings mappings;
    private final PageChecks checks;
    private final Function<PathPattern, List<Map<String, String>>> samples;
    private final Set<String> staticChecked;

    private final Deque<Visit> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<PathPattern> reached = new HashSet<>();
    private final List<Map<String, String>> harvested = new ArrayList<>();
    /** Path variables of records out of the user's reach: their own page answered 404, so their sub-pages are not tried. */
    private final Set<String> unreachable = new HashSet<>();
    private final Map<String, RenderedForm> forms = new LinkedHashMap<>();
    private final Map<String, String> formPages = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int pages;

    Crawl(Browser browser, ScreenMappings mappings, PageChecks checks,
          Function<PathPattern, List<Map<String, String>>> samples, Set<String> staticChecked) {
        this.browser = browser;
        this.mappings = mappings;
        this.checks = checks;
        this.samples = samples;
        this.staticChecked = staticChecked;
    }

    /** Walks the links, then the screens no link led to. */
    Crawl walk() {
        enqueue(BASE + "/", null, false);
        while (!queue.isEmpty()) {
            visit(queue.poll());
        }
        for (PathPattern screen : mappings.screens()) {
            if (!reached.contains(screen)) {
                visitUnlinked(screen);
                while (!queue.isEmpty()) {
                    visit(queue.poll());
                }
            }
        }
        return this;
    }

    List<String> problems() {
        return problems;
    }

    int pages() {
        return pages;
    }

    /** The forms of the pages visited, one per action pattern and set of field names, with the page showing each. */
    Map<RenderedForm, String> forms() {
        Map<RenderedForm, String> result = new LinkedHashMap<>();
        forms.forEach((key, form) -> result.put(form, formPages.get(key)));
        return result;
    }

    private void visit(Visit visit) {
        Browser.Response response = visit.htmx() ? browser.htmx(visit.url()) : browser.get(visit.url());
        String where = visit.url() + (visit.from() == null ? "" : " (linked from " + visit.from() + ")");
        if (response.status() >= 500) {
            problems.add(where + " answers " + response.status() + thrown(response));
            return;
        }
        if (response.status() == 404 && visit.from() != null) {
            problems.add(where + " answers 404");
            return;
        }
        inspectErrorPage(visit.url(), response);
        if (response.status() >= 300 && response.status() < 400 && response.location() != null) {
            enqueue(URI.create(BASE + visit.url()).resolve(response.location()).toString(),
                    visit.from() == null ? visit.url() : visit.from(), false);
            return;
        }
        if (response.status() == 200 && response.html()) {
            pages++;
            mappings.patternOf(path(visit.url())).ifPresent(pattern -> {
                reached.add(pattern);
                harvest(pattern, path(visit.url()));
            });
            inspect(visit, response.body());
        }
    }

    /** A screen no link led to: tried with sample path variables until one is in the user's reach. */
    private void visitUnlinked(PathPattern screen) {
        int tried = 0;
        for (String url : candidateUrls(screen)) {
            if (tried++ == MAX_CANDIDATES) {
                return;
            }
            Browser.Response response = browser.get(url);
            if (response.status() >= 500) {
                problems.add(url + " (screen " + screen + ") answers " + response.status() + thrown(response));
                return;
            }
            if (response.status() == 200 && response.html()) {
                seen.add(key(url, false));
                visit(new Visit(url, null, false));
                return;
            }
            inspectErrorPage(url, response);
            if (response.status() == 404 && screen.getPatternString().endsWith("}")) {
                List<String> keys = variableKeys(screen);
                unreachable.add(keys.getLast() + "=" + binding(screen, url).get(keys.getLast()));
            }
        }
    }

    private static Map<String, String> binding(PathPattern pattern, String path) {
        Map<String, String> binding = new LinkedHashMap<>();
        PathPattern.PathMatchInfo match = pattern.matchAndExtract(PathContainer.parsePath(path));
        if (match != null) {
            match.getUriVariables().forEach((name, value) -> binding.put(variableKey(pattern, name), value));
        }
        return binding;
    }

    private static String thrown(Browser.Response response) {
        return response.body().startsWith(Browser.THROWN) ? ": " + response.body() : "";
    }

    /** The error page a user meets (404 for what is out of reach, 403): checked like any page, once per status. */
    private void inspectErrorPage(String url, Browser.Response response) {
        if (response.status() >= 400 && response.html() && seen.add("error page " + response.status())) {
            inspect(new Visit(url, null, false), response.body());
        }
    }

    private void inspect(Visit visit, String html) {
        boolean fragment = !html.stripLeading().regionMatches(true, 0, "<!DOCTYPE", 0, 9);
        String whole = fragment ? "<!DOCTYPE html><html lang=\"en\"><head><title>fragment</title></head><body>" + html
                + "</body></html>" : html;
        Document document = Jsoup.parse(whole, BASE + visit.url());
        for (String problem : checks.problems(whole, document)) {
            problems.add(visit.url() + (fragment ? " (htmx fragment)" : "") + ": " + problem);
        }
        for (Element link : document.select("a[href], link[href], script[src], img[src], [data-hx-get]")) {
            String attribute = link.hasAttr("data-hx-get") ? "data-hx-get" : link.hasAttr("src") ? "src" : "href";
            if (!link.attr(attribute).startsWith("#")) {
                enqueue(link.absUrl(attribute), visit.url(), attribute.equals("data-hx-get"));
            }
        }
        for (Element form : document.select("form")) {
            RenderedForm rendered = RenderedForm.of(form, visit.url());
            String action = path(rendered.action());
            String key = rendered.method() + " " + mappings.patternOf(action).map(PathPattern::getPatternString).orElse(action)
                    + " " + new TreeSet<>(rendered.fields().stream().map(Map.Entry::getKey).toList());
            if (!forms.containsKey(key)) {
                forms.put(key, rendered);
                formPages.put(key, visit.url());
            }
        }
    }

    private void enqueue(String target, String from, boolean htmx) {
        Optional<String> own = own(target);
        if (own.isEmpty()) {
            return;
        }
        String url = own.get();
        Optional<PathPattern> pattern = mappings.patternOf(path(url));
        if (pattern.isEmpty()) {
            checkStatic(url, from);
            return;
        }
        if (!mappings.screens().contains(pattern.get()) || UriComponentsBuilder.fromUriString(url).build().getQueryParams().containsKey("lang")) {
            return; // a download, or the language switch: see the class comment
        }
        if (seen.add(key(url, htmx))) {
            queue.add(new Visit(url, from, htmx));
        }
    }

    /** Style sheets, scripts, images: each checked once for every user, by status only. */
    private void checkStatic(String url, String from) {
        if (staticChecked.add(url)) {
            int status = browser.get(url).status();
            if (status >= 400) {
                problems.add(url + " (linked from " + from + ") answers " + status);
            }
        }
    }

    private String key(String url, boolean htmx) {
        UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
        String pattern = mappings.patternOf(uri.getPath()).map(PathPattern::getPatternString).orElse(uri.getPath());
        return (htmx ? "htmx " : "") + pattern + new TreeSet<>(uri.getQueryParams().keySet());
    }

    private void harvest(PathPattern pattern, String path) {
        Map<String, String> binding = binding(pattern, path);
        if (!binding.isEmpty()) {
            harvested.add(binding);
        }
    }

    /** Bindings first from the pages visited (in the user's reach by construction), then from sample records. */
    private Set<String> candidateUrls(PathPattern screen) {
        List<String> keys = variableKeys(screen);
        Set<String> urls = new LinkedHashSet<>();
        if (keys.isEmpty()) {
            urls.add(screen.getPatternString());
            return urls;
        }
        List<Map<String, String>> bindings = new ArrayList<>(harvested);
        bindings.addAll(samples.apply(screen));
        for (Map<String, String> binding : bindings) {
            boolean outOfReach = keys.stream().anyMatch(key -> unreachable.contains(key + "=" + binding.get(key)));
            if (binding.keySet().containsAll(keys) && !outOfReach) {
                expand(screen, binding).ifPresent(urls::add);
            }
        }
        return urls;
    }

    /** A variable named with the path segment before it ({@code cases/{caseNumber}}), since many are called "id". */
    static List<String> variableKeys(PathPattern pattern) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern.getPatternString());
        while (matcher.find()) {
            keys.add(variableKey(pattern, matcher.group(1)));
        }
        return keys;
    }

    static String variableKey(PathPattern pattern, String name) {
        String text = pattern.getPatternString();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                String before = text.substring(0, matcher.start());
                String[] segments = before.split("/");
                String previous = segments.length == 0 ? "" : segments[segments.length - 1];
                return previous + "/" + name;
            }
        }
        return name;
    }

    private static Optional<String> expand(PathPattern pattern, Map<String, String> binding) {
        Matcher matcher = VARIABLE.matcher(pattern.getPatternString());
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(url, Matcher.quoteReplacement(binding.get(variableKey(pattern, matcher.group(1)))));
        }
        matcher.appendTail(url);
        return pattern.matches(PathContainer.parsePath(url.toString())) ? Optional.of(url.toString()) : Optional.empty();
    }

    /** The path and query of an absolute link to the application itself; nothing for other sites, mail or phone. */
    private static Optional<String> own(String absolute) {
        if (!absolute.startsWith(BASE + "/")) {
            return Optional.empty();
        }
        URI uri = URI.create(absolute.replace(" ", "%20"));
        return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static String path(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }

    private record Visit(String url, String from, boolean htmx) {
    }
}
