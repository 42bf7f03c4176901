package org.rabta.accounts;

import java.util.function.Function;

/**
 * What a feature adds to the navigation of every screen: whether one of its links shows, or a count beside one. A
 * feature declares one as a bean. {@link NavigationModel} asks each contribution once per screen, for the signed-in
 * user only (never on the API, never before sign-in), and puts the answer in the model under {@code name}, where the
 * layout reads it. It is asked while the handler runs, so its reads share the page's transaction.
 *
 * @param name the model attribute the layout reads
 * @param valueFor what the navigation shows this user: true or false for a link, a count (or null for none) beside one
 */
public record NavigationContribution(String name, Function<RabtaUser, Object> valueFor) {
}
