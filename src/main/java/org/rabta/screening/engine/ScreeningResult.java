package org.rabta.screening.engine;

import java.util.List;
import java.util.Objects;

/**
 * What the engine concludes. It is decision support: a person makes the determination.
 *
 * @param elements          the legal elements met
 * @param outcome           the first outcome that holds
 * @param flags             consequences not to miss, in {@link Flag} order
 * @param competentAgency   who investigates
 * @param legalBasis        the provisions that apply to this result, in {@link LegalSource} order
 * @param explanation       why, sentence by sentence
 * @param rulesetVersion    the version of the rules that produced this result
 * @param decisiveUnknowns  facts still UNKNOWN whose answer, YES or NO, would change the outcome
 */
public record ScreeningResult(
        Elements elements,
        Outcome outcome,
        List<Flag> flags,
        CompetentAgency competentAgency,
        List<LegalSource> legalBasis,
        List<Explanation> explanation,
        String rulesetVersion,
        List<Fact> decisiveUnknowns) {

    public ScreeningResult {
        Objects.requireNonNull(elements, "elements");
        Objects.requireNonNull(outcome, "outcome");
        flags = List.copyOf(flags);
        Objects.requireNonNull(competentAgency, "competentAgency");
        legalBasis = List.copyOf(legalBasis);
        explanation = List.copyOf(explanation);
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        decisiveUnknowns = List.copyOf(decisiveUnknowns);
    }
}
