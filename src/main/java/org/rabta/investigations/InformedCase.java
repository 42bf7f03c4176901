package org.rabta.investigations;

import java.time.Instant;
import java.util.List;
import org.rabta.cases.PersonSummary;
import org.rabta.directory.Agency;

/**
 * What an informed agency sees of a case (and the owning agency, of what it told): the case as far as its referral
 * summary goes ({@code cases.CasePart.REFERRAL_SUMMARY}), its confirmed screening determination, the owning agency,
 * the offence proposed, who was informed by whom and when, and the investigations the reader's agency has registered
 * for it.
 *
 * @param mayRegister    whether the reader's agency was informed and may register an investigation from here
 */
public record InformedCase(PersonSummary summary, String confirmedDetermination, Agency owningAgency, Offence proposed,
                           List<Entry> informed, List<InvestigationOffer.Linked> investigations, boolean mayRegister) {

    /** One agency informed of the case. */
    public record Entry(long id, Agency agency, Agency byAgency, String by, Instant at) {
    }
}
