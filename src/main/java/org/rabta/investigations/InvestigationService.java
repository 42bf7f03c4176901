package org.rabta.investigations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.geography.GeographyService;
import org.rabta.shared.ConcurrentEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, updating and reading investigations, with their victims and mutual legal assistance requests (the
 * accused and their events: {@link AccusedService}). Access is {@link InvestigationAccess}'s; every read and change is
 * audited, and a victim case shows only when the reader may read it whole ({@code cases.CaseAccessPolicy}).
 */
@Service
@RequiredArgsConstructor
public class InvestigationService {

    static final String TARGET = "INVESTIGATION";
    private static final List<InvestigationAuditAction> CHANGES = List.of(InvestigationAuditAction.INVESTIGATION_REGISTERED,
            InvestigationAuditAction.INVESTIGATION_UPDATED);

    private final InvestigationAccess access;
    private final InvestigationRepository investigations;
    private final AccusedRepository accusedPersons;
    private final AccusedService accusedService;
    private final InvestigationVictimRepository victims;
    private final MlaRequestRepository mlaRequests;
    private final CasesApi cases;
    private final InformedCaseReads caseReads;
    private final GeographyService geography;
    private final AuditTrail audit;
    private final Clock clock;

    /** Registers the FIR for the user's agency, with its first victims (complainants) and accused in the order given. */
    @Transactional
    public long register(RabtaUser user, InvestigationRequest request) {
        access.requireInvestigator(user);
        InvestigationInput input = input();
        InvestigationDetails details = input.investigation(request, this::districtExists);
        List<AccusedPerson> persons = new ArrayList<>();
        for (int i = 0; i < request.accused().size(); i++) {
            persons.add(input.accused("accused[" + i + "].", request.accused().get(i)));
        }
        List<VictimCase> victimCases = new ArrayList<>();
        for (int i = 0; i < request.caseNumbers().size(); i++) {
            String field = "caseNumbers[" + i + "]";
            String caseNumber = input.caseNumber(field, request.caseNumbers().get(i));
            if (caseNumber != null) {
                readableCase(user, caseNumber, field, input).ifPresent(victimCases::add);
            }
        }
        firNumberFree(user, details.firNumber(), 0, input);
        input.throwIfAny();

        Investigation investigation = new Investigation(user.agencyId(), user.username(), clock.instant());
        investigation.describe(details, clock.instant());
        saveChecked(investigation, input);
        audit.record(AuditRecord.of(InvestigationAuditAction.INVESTIGATION_REGISTERED,
                TARGET, investigation.getId().toString(),
                "FIR " + details.firNumber()));
        for (AccusedPerson person : persons) {
            accusedService.add(user, investigation, person);
        }
        for (VictimCase victimCase : victimCases.stream().distinct().toList()) {
            link(user, investigation, victimCase, VictimRole.COMPLAINANT, null);
        }
        return investigation.getId();
    }

    /** Changes the FIR's details; {@code version} must be the one read, or the edit is refused as stale (409). */
    @Transactional
    public void update(RabtaUser user, long id, InvestigationRequest request) {
        // Locked: an edit sent at the same moment with the same version waits, then finds this one's and is stale.
        Investigation investigation = access.investigationForUpdate(user, id);
        InvestigationInput input = input();
        if (request.version() == null) {
            input.reject("version", "investigations.error.version");
        }
        InvestigationDetails details = input.investigation(request, this::districtExists);
        firNumberFree(user, details.firNumber(), id, input);
        input.throwIfAny();
        if (request.version() != investigation.getVersion()) {
            throw staleEdit(id);
        }
        investigation.describe(details, clock.instant());
        saveChecked(investigation, input);
        audit.record(AuditRecord.of(InvestigationAuditAction.INVESTIGATION_UPDATED,
                TARGET, String.valueOf(id), "FIR " + details.firNumber()));
    }

    ConcurrentEditException staleEdit(long id) {
        return audit.staleEdit(TARGET, String.valueOf(id), CHANGES).toldAs("investigations.api.stale");
    }

    /** Adds an accused person to the investigation; answers their id. */
    @Transactional
    public long addAccused(RabtaUser user, long id, AccusedRequest request) {
        Investigation investigation = access.investigationForUpdate(user, id);
        InvestigationInput input = input();
        AccusedPerson person = input.accused("", request);
        input.throwIfAny();
        return accusedService.add(user, investigation, person).getId();
    }

    /** Links a victim case the user may read whole. */
    @Transactional
    public void addVictim(RabtaUser user, long id, VictimRequest request) {
        // Locked, so that the same case linked twice at once is refused like a second link afterwards.
        Investigation investigation = access.investigationForUpdate(user, id);
        InvestigationInput input = input();
        VictimRequest victim = input.victim(request);
        VictimCase victimCase = victim.caseNumber() == null ? null
                : readableCase(user, victim.caseNumber(), "caseNumber", input).orElse(null);
        if (victimCase != null && victims.existsByInvestigationIdAndCaseId(id, victimCase.getId())) {
            input.reject("caseNumber", "investigations.error.alreadyLinked");
        }
        input.throwIfAny();
        link(user, investigation, victimCase, victim.role(), victim.protectionNeeds());
    }

    /** Records a mutual legal assistance or extradition request; answers its id. */
    @Transactional
    public long addMlaRequest(RabtaUser user, long id, MlaRequestInput request) {
        access.investigation(user, id);
        InvestigationInput input = input();
        MlaDetails details = input.mla(request);
        input.throwIfAny();
        MlaRequest saved = mlaRequests.save(new MlaRequest(id, details, user.username(), clock.instant()));
        audit.record(AuditRecord.of(InvestigationAuditAction.MLA_REQUEST_ADDED, TARGET, String.valueOf(id),
                details.kind() + " " + details.direction() + " " + details.country()));
        return saved.getId();
    }

    /** The investigation page and the API's answer: an audited read, of the investigation and its victims' cases. */
    @Transactional
    public InvestigationView view(RabtaUser user, long id) {
        Investigation investigation = access.investigation(user, id);
        audit.record(AuditRecord.of(InvestigationAuditAction.INVESTIGATION_VIEWED, TARGET, String.valueOf(id), null));
        List<InvestigationVictim> links = victims.findByInvestigationIdOrderById(id);
        Map<Long, VictimCase> readable = cases.readableAmong(user, links.stream().map(InvestigationVictim::getCaseId).toList(),
                        "investigation " + id).stream()
                .collect(Collectors.toMap(VictimCase::getId, Function.identity()));
        Map<Long, VictimCase> informed = caseReads.summaries(user, links.stream().map(InvestigationVictim::getCaseId)
                .filter(caseId -> !readable.containsKey(caseId)).toList(), "investigation " + id);
        List<InvestigationView.Victim> shown = links.stream()
                .filter(link -> readable.containsKey(link.getCaseId()) || informed.containsKey(link.getCaseId()))
                .map(link -> readable.containsKey(link.getCaseId())
                        ? new InvestigationView.Victim(readable.get(link.getCaseId()), link, false)
                        : new InvestigationView.Victim(informed.get(link.getCaseId()), link, true)).toList();
        List<Accused> accused = accusedPersons.findByInvestigationIdOrderByPosition(id);
        return new InvestigationView(investigation, shown, links.size() - shown.size(), accusedService.summaries(user, accused),
                mlaRequests.findByInvestigationIdOrderByRequestedOnAscIdAsc(id));
    }

    private void link(RabtaUser user, Investigation investigation, VictimCase victimCase, VictimRole role, String protectionNeeds) {
        victims.save(new InvestigationVictim(investigation.getId(), victimCase.getId(), role, protectionNeeds,
                user.username(), clock.instant()));
        audit.record(new AuditRecord(InvestigationAuditAction.INVESTIGATION_VICTIM_LINKED,
                TARGET, investigation.getId().toString(),
                victimCase.getCaseNumber(), role.name(), null));
    }

    /**
     * A victim's case the agency may link: its own (read whole), or one another agency informed it of, whose referral
     * summary it sees ({@code cases.CaseRelationship.INFORMED_AGENCY}); the link shows no more than that summary.
     */
    private Optional<VictimCase> readableCase(RabtaUser user, String caseNumber, String field, InvestigationInput input) {
        if (cases.canRead(user, caseNumber)) {
            return Optional.of(cases.get(user, caseNumber));
        }
        if (caseReads.informedOf(user, caseNumber)) {
            return Optional.of(cases.referralSummary(user, caseNumber, "linked to an investigation"));
        }
        input.reject(field, "investigations.error.caseOutOfReach");
        return Optional.empty();
    }

    /**
     * Saves and flushes: an FIR number registered by someone else at the same moment passed the check of
     * {@link #firNumberFree} too, and the unique index refuses it; that is the same field error.
     */
    private void saveChecked(Investigation investigation, InvestigationInput input) {
        try {
            investigations.saveAndFlush(investigation);
        } catch (DataIntegrityViolationException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("investigation_fir_unique")) {
                throw e;
            }
            input.reject("firNumber", "investigations.error.firTaken");
            input.throwIfAny();
        }
    }

    private void firNumberFree(RabtaUser user, String firNumber, long id, InvestigationInput input) {
        if (firNumber != null && investigations.existsByRegisteringAgencyIdAndFirNumberIgnoreCaseAndIdNot(user.agencyId(), firNumber, id)) {
            input.reject("firNumber", "investigations.error.firTaken");
        }
    }

    private boolean districtExists(String code) {
        return geography.findDistrict(code).isPresent();
    }

    private InvestigationInput input() {
        return new InvestigationInput(LocalDate.now(clock));
    }
}
