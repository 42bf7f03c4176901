package org.rabta.investigations;

import java.util.List;
import org.rabta.cases.VictimCase;

/**
 * An investigation as its page and the API show it: the victims whose cases the reader may read ({@code hiddenVictims}
 * counts the others), the accused with their events and the other investigations they are also accused in, and the
 * mutual legal assistance requests.
 */
public record InvestigationView(Investigation investigation, List<Victim> victims, int hiddenVictims,
                                List<AccusedSummary> accused, List<MlaRequest> mlaRequests) {

    public record Victim(VictimCase victimCase, InvestigationVictim link) {
    }
}
