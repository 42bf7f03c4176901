package org.rabta.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A section another feature adds to the case page (screening, referrals), so that cases need not depend on it.
 *
 * @param template the Thymeleaf template holding the fragment, e.g. {@code screening/section}
 * @param fragment the fragment's name in that template
 * @param model    what the fragment shows, available to it as {@code section.model}
 * @param timeline the feature's records the case's timeline entries are about, by {@link CaseEvent#getSubject()}:
 *                 what each entry links to and the words that name it, from the records the section loaded anyway
 */
public record CasePageSection(String template, String fragment, Object model, Map<String, TimelineLink> timeline) {

    /** The timeline's links to the records a section lists: each record's subject, and its link. */
    public static <T> Map<String, TimelineLink> timeline(Iterable<T> records, Function<T, String> subject,
                                                         Function<T, TimelineLink> link) {
        Map<String, TimelineLink> links = new LinkedHashMap<>();
        records.forEach(record -> links.put(subject.apply(record), link.apply(record)));
        return links;
    }

    /** Where a timeline entry leads, and the words that name it in the reader's language. */
    public record TimelineLink(String href, String words) {
    }
}
