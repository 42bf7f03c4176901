package org.rabta.investigations;

import java.time.LocalDate;
import java.util.List;
import org.rabta.cases.Identity;
import org.rabta.cases.Sex;

/** The JSON shapes of the investigations API, built from the views the screens show. */
final class InvestigationJson {

    private InvestigationJson() {
    }

    record InvestigationResponse(long id, String firNumber, String registeringAgencyCode, String districtCode,
                                 LocalDate registeredOn, List<Offence> offences, String investigatingOfficer,
                                 LocalDate firstChargeSheetOn, long version, List<VictimResponse> victims, int victimsOutOfReach,
                                 List<AccusedResponse> accused, List<MlaResponse> mlaRequests) {

        static InvestigationResponse of(InvestigationView view, String agencyCode) {
            Investigation i = view.investigation();
            return new InvestigationResponse(i.getId(), i.getFirNumber(), agencyCode, i.getDistrictCode(), i.getRegisteredOn(),
                    i.getOffences().stream().sorted().toList(), i.getInvestigatingOfficer(), i.getFirstChargeSheetOn(),
                    i.getVersion(),
                    view.victims().stream().map(v -> new VictimResponse(v.victimCase().getCaseNumber(), v.link().getRole(),
                            v.link().getProtectionNeeds())).toList(),
                    view.hiddenVictims(),
                    view.accused().stream().map(AccusedResponse::of).toList(),
                    view.mlaRequests().stream().map(MlaResponse::of).toList());
        }
    }

    record VictimResponse(String caseNumber, VictimRole role, String protectionNeeds) {
    }

    record AccusedResponse(long id, long investigationId, String name, String fatherName, Sex sex, Integer ageYears,
                           String nationality, String cnic, String passportNumber, AccusedRole role, LocalDate nextHearingOn,
                           AccusedEventType verdict, long version, List<EventResponse> events,
                           List<AccusedSummary.AlsoAccused> alsoAccusedIn) {

        static AccusedResponse of(AccusedSummary summary) {
            Accused a = summary.accused();
            Identity who = a.getIdentity();
            return new AccusedResponse(a.getId(), a.getInvestigationId(), a.getName(), a.getFatherName(), who.getSex(),
                    who.getAgeYears(), who.getNationality(), who.getCnic(), who.getPassportNumber(), a.getRole(), a.getNextHearingOn(),
                    a.getLatestVerdict(), a.getVersion(), summary.events().stream().map(EventResponse::of).toList(),
                    summary.alsoAccusedIn());
        }
    }

    record EventResponse(long id, AccusedEventType type, LocalDate on, List<Offence> offences, List<Sentence> sentences,
                         Integer imprisonmentMonths, Long fineRupees, String court, String courtCaseNumber,
                         LocalDate nextHearingOn) {

        static EventResponse of(AccusedEvent e) {
            boolean conviction = e.getType() == AccusedEventType.CONVICTED;
            return new EventResponse(e.getId(), e.getType(), e.getOccurredOn(),
                    conviction ? List.of() : e.getOffences().stream().map(Sentence::offence).toList(),
                    conviction ? e.getOffences() : List.of(), e.getImprisonmentMonths(), e.getFineRupees(), e.getCourt(),
                    e.getCourtCaseNumber(), e.getNextHearingOn());
        }
    }

    record MlaResponse(long id, MlaKind kind, MlaDirection direction, String country, LocalDate requestedOn, String subject,
                       MlaStatus status, LocalDate statusOn) {

        static MlaResponse of(MlaRequest r) {
            return new MlaResponse(r.getId(), r.getKind(), r.getDirection(), r.getCountry(), r.getRequestedOn(), r.getSubject(),
                    r.getStatus(), r.getStatusOn());
        }
    }

    record ListResponse(List<InvestigationRow> items, int page, int size, boolean hasNext) {
    }
}
