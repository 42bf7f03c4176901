package org.rabta.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's screens, read from its handler mappings: every GET handler outside the API that renders a view
 * (returns a view name or a {@link ModelAndView}). Handlers that write a body themselves (PDF, CSV, XLSX, attachment
 * downloads) are files, not screens, and are left out. Also tells which pattern a path belongs to, so that a crawl
 * visits each pattern once rather than each of its thousands of instances.
 */
public final class ScreenMappings {

    private final List<PathPattern> screens;
    private final List<PathPattern> all;

    public ScreenMappings(RequestMappingHandlerMapping mapping) {
        Map<PathPattern, Boolean> patterns = new LinkedHashMap<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            for (PathPattern pattern : patternsOf(info)) {
                boolean screen = isGet(info) && rendersView(method) && !pattern.getPatternString().startsWith("/api/")
                        && !pattern.getPatternString().equals("/error");
                patterns.merge(pattern, screen, Boolean::logicalOr);
            }
        });
        this.all = patterns.keySet().stream().sorted(PathPattern.SPECIFICITY_COMPARATOR).toList();
        this.screens = patterns.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(PathPattern::getPatternString)).toList();
    }

    public List<PathPattern> screens() {
        return screens;
    }

    /** The most specific handler pattern matching the path, as Spring MVC would choose it. */
    public Optional<PathPattern> patternOf(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return all.stream().filter(pattern -> pattern.matches(container)).findFirst();
    }

    private static List<PathPattern> patternsOf(RequestMappingInfo info) {
        return info.getPathPatternsCondition() == null ? List.of() : List.copyOf(info.getPathPatternsCondition().getPatterns());
    }

    private static boolean isGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private static boolean rendersView(HandlerMethod method) {
        Class<?> type = method.getReturnType().getParameterType();
        boolean body = method.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
        return !body && (type == String.class || ModelAndView.class.isAssignableFrom(type));
    }
}
