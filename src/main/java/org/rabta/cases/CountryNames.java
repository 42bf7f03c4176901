package org.rabta.cases;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.rabta.web.TemplateObject;
import org.springframework.stereotype.Component;

/**
 * ISO 3166 country names in the user's language (the JDK's CLDR data has Urdu), for the nationality and
 * route fields. Templates use it as {@code #countries}.
 */
@Component
public class CountryNames implements TemplateObject {

    public record Country(String code, String name) {
    }

    private final Map<String, List<Country>> byLanguage = new ConcurrentHashMap<>();

    @Override
    public String templateName() {
        return "countries";
    }

    /** Every country, Pakistan first, then by name in the user's language. */
    public List<Country> all(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), language -> {
            Locale display = Locale.of(language);
            Collator collator = Collator.getInstance(display);
            Comparator<Country> order = Comparator.<Country, Boolean>comparing(c -> !"PK".equals(c.code()))
                    .thenComparing(Country::name, collator);
            return Arrays.stream(Locale.getISOCountries())
                    .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(display)))
                    .sorted(order)
                    .toList();
        });
    }

    public String name(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return Locale.of("", code).getDisplayCountry(Locale.of(locale.getLanguage()));
    }

    /** The countries' names in their order, separated by commas; null for none. */
    public String names(List<String> codes, Locale locale) {
        return codes.isEmpty() ? null : codes.stream().map(code -> name(code, locale)).collect(Collectors.joining(", "));
    }
}
