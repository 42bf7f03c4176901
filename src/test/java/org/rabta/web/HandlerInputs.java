package org.rabta.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every input of every handler method as the application itself declares it: its path variables (with the
 * pattern each must match), its request parameters and the fields of the form and filter objects it binds
 * from the request, each with the kind of value it takes. The malformed-input test probes these, so an
 * endpoint added tomorrow is probed without anyone listing it.
 */
final class HandlerInputs {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::((?:[^{}]|\\{[^{}]*})+))?}");

    private HandlerInputs() {
    }

    enum Kind { NUMBER, BOOLEAN, DATE, ENUM, TEXT }

    enum Source { PATH, PARAMETER }

    /** One input: where it is sent, its name as the request spells it, the kind of value and (for paths) its pattern. */
    record Input(Source source, String name, Kind kind, Class<?> type, String regex, boolean required) {

        /** A value the handler accepts, so that only the input under test is wrong. */
        String sample(Map<String, String> knownValues) {
            if (knownValues.containsKey(name)) {
                return knownValues.get(name);
            }
            return switch (kind) {
                case NUMBER -> "1";
                case BOOLEAN -> "true";
                case DATE -> "2025-06-01";
                case ENUM -> ((Enum<?>) type.getEnumConstants()[0]).name();
                case TEXT -> regex != null && regex.matches("\\w+(\\|\\w+)*") ? regex.split("\\|")[0] : "x";
            };
        }

        /** A whole number, for which a fraction or a number beyond {@code long} is of the wrong kind. */
        boolean integral() {
            Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
            return boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == Byte.class;
        }

        boolean matchesPattern(String value) {
            return regex == null || value.matches(regex);
        }
    }

    /** A handler method reached by one path pattern and one HTTP method. */
    record Endpoint(HandlerMethod handler, String pattern, HttpMethod method, MediaType consumes, boolean takesBody,
                    List<Input> inputs) {

        /** The first text property of the JSON body's type ({@code note} for a free-form body), to carry a bad value. */
        String bodyTextProperty() {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    List<Input> fields = new ArrayList<>();
                    fields("", parameter.getParameterType(), fields, 0);
                    return fields.stream().filter(f -> f.kind() == Kind.TEXT).map(Input::name)
                            .filter(name -> !name.contains(".")).findFirst().orElse("note");
                }
            }
            return null;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        String path(Map<String, String> values) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(
                        UriUtils.encodePathSegment(values.get(matcher.group(1)), StandardCharsets.UTF_8)));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern + " (" + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + ")";
        }
    }

    static List<Endpoint> of(Map<RequestMappingInfo, HandlerMethod> mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.rabta")) {
                return; // the framework's own error controller
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().orElse(null);
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                List<Input> inputs = inputs(handler, pattern.getPatternString());
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(handler, pattern.getPatternString(), method.asHttpMethod(), consumes,
                            takesBody(handler), inputs));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()));
        return endpoints;
    }

    private static boolean takesBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<Input> inputs(HandlerMethod handler, String pattern) {
        List<Input> inputs = new ArrayList<>();
        Matcher variables = VARIABLE.matcher(pattern);
        while (variables.find()) {
            String name = variables.group(1);
            Class<?> type = pathVariableType(handler, name);
            inputs.add(new Input(Source.PATH, name, kind(type), type, variables.group(2), true));
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                Class<?> type = valueType(ResolvableType.forMethodParameter(parameter));
                if (type == null || Map.class.isAssignableFrom(parameter.getParameterType())) {
                    continue;
                }
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                boolean required = requestParam.required() && ValueConstants.DEFAULT_NONE.equals(requestParam.defaultValue())
                        && parameter.getParameterType() != Optional.class;
                inputs.add(new Input(Source.PARAMETER, name, kind(type), type, null, required));
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || boundImplicitly(parameter)) {
                fields("", parameter.getParameterType(), inputs, 0);
            }
        }
        return inputs;
    }

    /** A parameter of the application's own type with no annotation is a model attribute too (Spring's default). */
    private static boolean boundImplicitly(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.getParameterAnnotations().length == 0 && !type.isEnum()
                && type.getPackageName().startsWith("org.rabta");
    }

    private static Class<?> pathVariableType(HandlerMethod handler, String name) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null && name.equals(variable.name().isEmpty() ? parameter.getParameterName() : variable.name())) {
                return parameter.getParameterType();
            }
        }
        return String.class;
    }

    /** The bindable fields of a form or filter object: record components or bean properties, nested ones dotted. */
    private static void fields(String prefix, Class<?> type, List<Input> inputs, int depth) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                field(prefix + component.getName(), ResolvableType.forType(component.getGenericType()), inputs, depth);
            }
            return;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                field(prefix + property.getName(), ResolvableType.forMethodParameter(property.getWriteMethod(), 0), inputs, depth);
            }
        }
    }

    private static void field(String name, ResolvableType type, List<Input> inputs, int depth) {
        Class<?> raw = type.toClass();
        if (Map.class.isAssignableFrom(raw) || MultipartFile.class.isAssignableFrom(raw)) {
            return;
        }
        Class<?> value = valueType(type);
        if (value != null) {
            // a primitive field cannot be left empty: a browser always sends it, so the probes do too
            inputs.add(new Input(Source.PARAMETER, name, kind(value), value, null, raw.isPrimitive()));
        } else if (depth < 2 && raw.getPackageName().startsWith("org.rabta")) {
            fields(name + ".", raw, inputs, depth + 1);
        }
    }

    /** The type of one value: the element type of a collection, or null for what is not a simple value. */
    private static Class<?> valueType(ResolvableType type) {
        Class<?> raw = type.toClass();
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            ResolvableType element = raw.isArray() ? type.getComponentType() : type.asCollection().getGeneric(0);
            raw = element.toClass();
        }
        if (raw == Optional.class) {
            raw = type.getGeneric(0).toClass();
        }
        if (MultipartFile.class.isAssignableFrom(raw)) {
            return null;
        }
        boolean simple = ClassUtils.isPrimitiveOrWrapper(raw) || raw.isEnum() || CharSequence.class.isAssignableFrom(raw)
                || Number.class.isAssignableFrom(raw) || Temporal.class.isAssignableFrom(raw) || raw == YearMonth.class;
        return simple ? raw : null;
    }

    private static Kind kind(Class<?> type) {
        Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (Number.class.isAssignableFrom(boxed)) {
            return Kind.NUMBER;
        }
        if (boxed == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (Temporal.class.isAssignableFrom(boxed) || boxed == YearMonth.class) {
            return Kind.DATE;
        }
        return boxed.isEnum() ? Kind.ENUM : Kind.TEXT;
    }
}
