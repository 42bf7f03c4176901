package org.rabta.screening;

import java.util.ArrayList;
import java.util.List;
import org.rabta.directory.ServiceType;
import org.rabta.screening.engine.Flag;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.ScreeningResult;

/**
 * What to do next, read from a screening's outcome and flags: a child is referred to child protection (PTPA s.7,
 * best interests); a victim of trafficking is offered shelter, medical care, psychosocial support and legal aid;
 * a smuggled migrant in a vulnerable situation medical care, shelter and legal aid (Smuggling Protocol art. 16);
 * the non-punishment reminder; and the agency that investigates.
 */
final class NextSteps {

    private NextSteps() {
    }

    static List<NextStep> of(ScreeningResult result) {
        List<NextStep> steps = new ArrayList<>();
        if (result.flags().contains(Flag.CHILD)) {
            steps.add(new NextStep("childProtection", ServiceType.CHILD_PROTECTION, true));
        }
        Outcome outcome = result.outcome();
        if (outcome == Outcome.TRAFFICKING || outcome == Outcome.SMUGGLED_AND_TRAFFICKED) {
            steps.add(new NextStep("shelter", ServiceType.SHELTER, false));
            steps.add(new NextStep("medical", ServiceType.MEDICAL, false));
            steps.add(new NextStep("psychosocial", ServiceType.PSYCHOSOCIAL, false));
            steps.add(new NextStep("legalAid", ServiceType.LEGAL_AID, false));
        } else if (outcome == Outcome.VULNERABLE_SMUGGLED_MIGRANT) {
            steps.add(new NextStep("medical", ServiceType.MEDICAL, false));
            steps.add(new NextStep("shelter", ServiceType.SHELTER, false));
            steps.add(new NextStep("legalAid", ServiceType.LEGAL_AID, false));
        } else if (outcome == Outcome.POSSIBLE_TRAFFICKING || outcome == Outcome.INSUFFICIENT_INFORMATION) {
            steps.add(new NextStep("furtherAssessment", null, false));
        }
        if (result.flags().contains(Flag.TRAFFICKING_INDICATORS_PRESENT)) {
            steps.add(new NextStep("rescreenForTrafficking", null, false));
        }
        if (result.flags().contains(Flag.NON_PUNISHMENT)) {
            steps.add(new NextStep(outcome == Outcome.SMUGGLING || outcome == Outcome.VULNERABLE_SMUGGLED_MIGRANT
                    ? "nonPunishmentSmuggled" : "nonPunishmentVictim", null, true));
        }
        if (outcome != Outcome.NOT_ESTABLISHED && outcome != Outcome.INSUFFICIENT_INFORMATION) {
            steps.add(new NextStep("investigate" + result.competentAgency().name(), null, false));
        }
        return steps;
    }
}
