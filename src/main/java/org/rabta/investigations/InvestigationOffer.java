package org.rabta.investigations;

import java.time.Instant;
import java.util.List;

/**
 * The case page's Investigation section for a law-enforcement agency: the agency's investigations the case is a victim
 * in, and, after a confirmed trafficking or smuggling determination, the offer to register one with the offence it
 * proposes (PTPA s.3 or PSMA s.3), or the reason it was declined.
 */
public record InvestigationOffer(String caseNumber, Offence proposed, List<Linked> investigations, Declined declined) {

    public record Linked(long id, String firNumber) {
    }

    public record Declined(String reason, String by, Instant at) {
    }

    /** Whether to offer: a proposal, no investigation of the agency yet, not declined. */
    public boolean open() {
        return proposed != null && investigations.isEmpty() && declined == null;
    }
}
