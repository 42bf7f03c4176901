package org.rabta.audit;

import java.time.Instant;

/**
 * One read of a case as its owning agency's supervisor sees it in "who looked at this person": who, of which
 * agency, when, what kind of read ({@code action}), and whether the case came in a list, search, export or
 * duplicate check ({@code listed}) rather than opened on its own. {@code terms} is what that request asked, and is
 * only there for the viewer's own agency's requests; another agency's terms are withheld ({@code termsWithheld}).
 */
public record CaseRead(long id, Instant occurredAt, String actor, String actorAgency, String action, boolean listed,
                       String terms, boolean termsWithheld) {
}
