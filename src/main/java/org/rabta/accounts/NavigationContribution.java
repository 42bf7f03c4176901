package org.rabta.accounts;

/**
 * What a feature adds to the navigation of every screen: whether one of its links shows, or a count beside one.
 * {@link NavigationModel} asks each contribution once per screen, for the signed-in user only (never on the API,
 * never before sign-in), and puts the answer in the model under {@link #name()}, where the layout reads it. It is
 * asked while the handler runs, so its reads share the page's transaction.
 */
public interface NavigationContribution {

    /** The model attribute the layout reads. */
    String name();

    /** What the navigation shows this user: true or false for a link, a count (or null for none) beside one. */
    Object valueFor(RabtaUser user);
}
