package org.rabta.investigations;

import java.util.List;
import org.rabta.directory.Agency;

/**
 * The case page's Investigation section for an agency that cannot investigate (an NGO, a government department), on a
 * case with a confirmed trafficking or smuggling determination: the law-enforcement agencies it may still inform, the
 * one proposed for the case (see {@link CompetentAgencies}), and those already informed, each once.
 *
 * @param proposedAgencyId the agency preselected, or null when none left to inform covers the case's district or province
 * @param areaCovered      whether an active FIA circle or police agency covers the case's district or province, informed
 *                         already or not: without a proposal, the hint says either that none covers the area or that
 *                         every one covering it has been informed
 */
public record InformOffer(String caseNumber, Offence proposed, List<Agency> choices, Long proposedAgencyId,
                          boolean areaCovered, List<InformedCase.Entry> informed) {

    /** Whether any agency is left to inform. */
    public boolean open() {
        return !choices.isEmpty();
    }
}
