package org.rabta.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.springframework.http.HttpMethod;

/**
 * A form as the page rendered it, and what a browser sends when it is submitted without touching anything: the
 * successful controls in document order, with the default submit button (the first without a formaction of its own).
 */
public record RenderedForm(HttpMethod method, String action, List<Map.Entry<String, String>> fields, boolean multipart,
                    boolean editable) {

    private static final Set<String> BUTTON_TYPES = Set.of("submit", "button", "reset", "image", "file");

    public static RenderedForm of(Element form, String pageUrl) {
        HttpMethod method = "post".equalsIgnoreCase(form.attr("method")) ? HttpMethod.POST : HttpMethod.GET;
        String action = form.attr("action").isEmpty() ? pageUrl : form.attr("action");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        boolean editable = false;
        for (Element control : form.select("input, select, textarea, button")) {
            String name = control.attr("name");
            if (control.hasAttr("disabled") || control.closest("fieldset[disabled]") != null) {
                continue;
            }
            String type = control.tagName().equals("input") ? control.attr("type").toLowerCase() : control.tagName();
            if (!name.isEmpty() && !type.equals("hidden") && !BUTTON_TYPES.contains(type) && !type.equals("button")) {
                editable = true;
            }
            if (name.isEmpty() || BUTTON_TYPES.contains(type) || type.equals("button")) {
                continue;
            }
            switch (type) {
                case "checkbox", "radio" -> {
                    if (control.hasAttr("checked")) {
                        fields.add(Map.entry(name, control.hasAttr("value") ? control.attr("value") : "on"));
                    }
                }
                case "select" -> selected(control).forEach(value -> fields.add(Map.entry(name, value)));
                case "textarea" -> fields.add(Map.entry(name, control.wholeText().replaceFirst("^\r?\n", "")));
                default -> fields.add(Map.entry(name, control.attr("value")));
            }
        }
        defaultSubmitter(form).ifPresent(button -> fields.add(Map.entry(button.attr("name"), button.attr("value"))));
        return new RenderedForm(method, action, List.copyOf(fields), "multipart/form-data".equalsIgnoreCase(form.attr("enctype")),
                editable);
    }

    /**
     * The values to compare before and after a round trip: all but the CSRF token and the optimistic-locking version,
     * which change by design.
     */
    public List<Map.Entry<String, String>> shownValues() {
        return fields.stream().filter(field -> !field.getKey().equals("_csrf") && !field.getKey().equals("version")).toList();
    }

    private static List<String> selected(Element select) {
        List<String> values = new ArrayList<>();
        for (Element option : select.select("option")) {
            if (option.hasAttr("selected")) {
                values.add(optionValue(option));
            }
        }
        if (values.isEmpty() && !select.hasAttr("multiple") && !select.select("option").isEmpty()) {
            values.add(optionValue(select.selectFirst("option")));
        }
        return values;
    }

    private static String optionValue(Element option) {
        return option.hasAttr("value") ? option.attr("value") : option.text();
    }

    private static Optional<Element> defaultSubmitter(Element form) {
        return form.select("button, input[type=submit]").stream()
                .filter(button -> !button.tagName().equals("button") || button.attr("type").isEmpty()
                        || button.attr("type").equalsIgnoreCase("submit"))
                .filter(button -> !button.hasAttr("formaction"))
                .findFirst()
                .filter(button -> !button.attr("name").isEmpty());
    }
}
