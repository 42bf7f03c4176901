package org.rabta.investigations;

import java.util.List;
import org.rabta.cases.VictimCase;

/**
 * An investigation as its page and the API show it: the victims whose cases the reader may read, whole or as a case
 * another agency informed it of ({@code hiddenVictims} counts the others), the accused with their events and the other investigations they are also accused in, and the
 * mutual legal assistance requests.
 */
public record InvestigationView(Investigation investigation, List<Victim> victims, int hiddenVictims,
                                List<AccusedSummary> accused, List<MlaRequest> mlaRequests) {

    /**
     * @param summaryOnly the case of another agency that informed the reader's, shown as far as its referral summary
     *                    goes: its page is the summary's ({@link InformedAgencies})
     */
    public record Victim(VictimCase victimCase, InvestigationVictim link, boolean summaryOnly) {
    }
}
