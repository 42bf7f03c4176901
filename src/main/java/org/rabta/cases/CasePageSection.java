package org.rabta.cases;

/**
 * A section another feature adds to the case page (screening, referrals), so that cases need not depend on it.
 *
 * @param template the Thymeleaf template holding the fragment, e.g. {@code screening/section}
 * @param fragment the fragment's name in that template
 * @param model    what the fragment shows, available to it as {@code section.model}
 */
public record CasePageSection(String template, String fragment, Object model) {
}
