package org.rabta.web;

import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * Extension point for the home page: a feature adds a section (its overdue follow-ups, say) by providing a bean of
 * this type, so that web does not depend on the features above it. The section is a Thymeleaf fragment taking one
 * parameter, {@code data}, which receives the map {@link #model} returns.
 */
public interface HomePageSection {

    /** The template holding the fragment, e.g. {@code committees/home}. */
    String template();

    /** The fragment's name in the template; it declares one parameter, {@code data}. */
    String fragment();

    /** What the fragment shows for this user; an empty map leaves the section out. */
    Map<String, Object> model(Authentication authentication);
}
