package org.rabta.investigations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rabta.cases.ExploitationType;
import org.rabta.cases.HowIdentified;
import org.rabta.cases.Sex;
import org.rabta.cases.PersonSummary;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;

/**
 * The JSON shapes of "inform the competent agency", built from what the screens show: the case page's offer
 * ({@link InformOffer}) and the informed agency's summary ({@link InformedCase}), no more.
 */
final class InformedJson {

    private InformedJson() {
    }

    /** The body of {@code POST /api/v1/cases/{caseNumber}/informed-agencies}: the agency to inform, by id. */
    record InformRequest(Long agencyId) {
    }

    /**
     * The agencies that may be informed of a case, the proposed one first, then those already informed. Empty, with no
     * proposed offence, where the case page offers nothing: no confirmed trafficking or smuggling determination, or
     * the user's agency investigates itself.
     */
    record CompetentAgencies(String caseNumber, Offence proposedOffence, List<CompetentAgency> agencies) {

        static CompetentAgencies of(String caseNumber, Optional<InformOffer> found) {
            if (found.isEmpty()) {
                return new CompetentAgencies(caseNumber, null, List.of());
            }
            InformOffer offer = found.get();
            return new CompetentAgencies(caseNumber, offer.proposed(), Stream.concat(
                    offer.choices().stream().map(agency -> CompetentAgency.of(agency,
                            agency.getId().equals(offer.proposedAgencyId()), null)),
                    offer.informed().stream().map(entry -> CompetentAgency.of(entry.agency(), false, entry))).toList());
        }
    }

    /** One agency of the offer; {@code informedAt} and {@code informedBy} only once it was informed. */
    record CompetentAgency(long id, String code, String name, String nameUr, AgencyType type, boolean proposed,
                           boolean informed, Instant informedAt, String informedBy) {

        static CompetentAgency of(Agency agency, boolean proposed, InformedCase.Entry entry) {
            return new CompetentAgency(agency.getId(), agency.getCode(), agency.getName(), agency.getNameUr(), agency.getType(),
                    proposed, entry != null, entry == null ? null : entry.at(), entry == null ? null : entry.by());
        }
    }

    /**
     * The case as {@code /cases/{caseNumber}/informed} shows it: the referral summary's fields only
     * ({@code cases.CasePart.REFERRAL_SUMMARY}), who informed whom, and the reader's agency's investigations of it.
     */
    record InformedCaseResponse(String caseNumber, String owningAgencyCode, String confirmedDetermination,
                                Offence proposedOffence, Person person, String districtCode, LocalDate identifiedOn,
                                HowIdentified howIdentified, List<ExploitationType> exploitationTypes, List<Informed> informed,
                                List<InvestigationOffer.Linked> investigations, boolean mayRegister) {

        static InformedCaseResponse of(InformedCase view) {
            PersonSummary c = view.summary();
            return new InformedCaseResponse(c.caseNumber(), view.owningAgency().getCode(), view.confirmedDetermination(),
                    view.proposed(), new Person(c.name(), c.sex(), c.ageYears(), c.child(), c.languages(), c.disability()),
                    c.districtCode(), c.identifiedOn(), c.howIdentified(), c.exploitationTypes().stream().sorted().toList(),
                    view.informed().stream().map(e -> new Informed(e.agency().getCode(), e.byAgency().getCode(), e.by(), e.at()))
                            .toList(),
                    view.investigations(), view.mayRegister());
        }
    }

    /** What the referral summary shows of the person: no identifiers, no contact details. */
    record Person(String name, Sex sex, Integer ageYears, Boolean child, String languages, String disability) {
    }

    /** One agency informed: by which agency and user, and when. */
    record Informed(String agencyCode, String byAgencyCode, String by, Instant at) {
    }
}
