package org.rabta.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates of a person across all agencies ({@link DuplicateFinder}: CNIC and transliteration-tolerant
 * names), and a supervisor's link of two cases as the same person. What a user sees of another agency's case is
 * limited to what {@link DuplicateCandidate} carries; every case returned is an audited read.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseDuplicates {

    private final CaseRepository cases;
    private final CaseAccessPolicy policy;
    private final DuplicateFinder duplicates;
    private final CaseTimeline timeline;
    private final AgencyService agencies;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    /**
     * Possible duplicates of a case, across all agencies; what the user sees of another agency's case is limited.
     * An audited read of the case and of every candidate returned (the terms are the case's own).
     */
    @Transactional
    public List<DuplicateCandidate> duplicatesOf(RabtaUser user, String caseNumber) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.FULL);
        List<DuplicateCandidate> found = candidates(user, matchesOf(victimCase), root(victimCase));
        audit.recordRead(BulkRead.of(CaseAuditAction.CASE_DUPLICATES_CHECKED, null, null).aboutCase(caseNumber),
                found.stream().map(DuplicateCandidate::caseNumber).toList());
        return found;
    }

    /** Possible duplicates of a case being registered (before it is saved). */
    @Transactional
    public List<DuplicateCandidate> duplicatesFor(RabtaUser user, CaseForm form) {
        CaseAccessPolicy.requireCaseRole(user);
        form.normalise();
        String cnic = form.getCnic() != null && Identifiers.looksLikeCnic(form.getCnic()) ? form.getCnic() : null;
        Integer age = form.getAgeYears() != null && form.getAgeYears() >= 0 && form.getAgeYears() <= CaseValidator.MAX_AGE
                ? form.getAgeYears() : null;
        Integer birthYear = birthYear(form.getDateOfBirth(), age,
                form.getIdentifiedOn() == null ? LocalDate.now(clock) : form.getIdentifiedOn());
        List<DuplicateCandidate> found = candidates(user, duplicates.find(null, form.getFirstName(), form.getLastName(),
                form.getFatherOrHusbandName(), cnic, birthYear), null);
        audit.recordRead(BulkRead.of(CaseAuditAction.CASE_DUPLICATES_CHECKED, "before registration", "firstName=%s, lastName=%s, "
                        .formatted(form.getFirstName(), form.getLastName()) + "fatherOrHusbandName=%s, cnic=%s, birthYear=%s"
                        .formatted(form.getFatherOrHusbandName(), cnic, birthYear)),
                found.stream().map(DuplicateCandidate::caseNumber).toList());
        return found;
    }

    /**
     * A supervisor of the case's agency records that it and another case are the same person. The other case
     * must be one of this case's possible duplicates or a case of the same agency. Every case of the linked group
     * then points at the earliest registered one, so statistics ({@code counted_victim_case}) count the person once.
     */
    @Transactional
    public void linkDuplicate(RabtaUser user, String caseNumber, String otherCaseNumber) {
        VictimCase victimCase = policy.requireForChange(user, caseNumber);
        CaseAccessPolicy.requireSupervisor(user);
        VictimCase other = cases.findByCaseNumber(otherCaseNumber == null ? "" : otherCaseNumber.strip())
                .orElseThrow(() -> new BusinessRuleException("cases.duplicates.error.notCandidate"));
        if (other.getId().equals(victimCase.getId())) {
            throw new BusinessRuleException("cases.duplicates.error.self");
        }
        boolean sameAgency = other.getOwningAgencyId() == user.agencyId();
        boolean candidate = sameAgency || matchesOf(victimCase).stream().anyMatch(match -> match.caseId() == other.getId());
        if (!candidate) {
            throw new BusinessRuleException("cases.duplicates.error.notCandidate");
        }
        long first = Math.min(victimCase.getId(), other.getId());
        long second = Math.max(victimCase.getId(), other.getId());
        int inserted = jdbc.sql("""
                        insert into case_duplicate_link (case_id, other_case_id, linked_by, linked_at)
                        values (:first, :second, :by, :at) on conflict do nothing""")
                .param("first", first).param("second", second).param("by", user.username())
                .param("at", Timestamp.from(clock.instant())).update();
        if (inserted == 0) {
            throw new BusinessRuleException("cases.duplicates.error.alreadyLinked");
        }
        long rootA = root(victimCase);
        long rootB = root(other);
        long newRoot = Math.min(rootA, rootB);
        jdbc.sql("""
                        update victim_case set duplicate_of_id = case when id = :root then null else :root end
                        where id in (:rootA, :rootB) or duplicate_of_id in (:rootA, :rootB)""")
                .param("root", newRoot).param("rootA", rootA).param("rootB", rootB).update();
        timeline.add(victimCase, CaseEventType.DUPLICATE_LINKED, user, other.getCaseNumber());
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_DUPLICATE_LINKED, caseNumber, "same person as " + other.getCaseNumber()));
        if (sameAgency) {
            timeline.add(other, CaseEventType.DUPLICATE_LINKED, user, victimCase.getCaseNumber());
        }
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_DUPLICATE_LINKED, other.getCaseNumber(), "same person as " + caseNumber));
    }

    private List<DuplicateFinder.Match> matchesOf(VictimCase victimCase) {
        Person person = victimCase.getPerson();
        return duplicates.find(victimCase.getId(), person.getFirstName(), person.getLastName(),
                person.getFatherOrHusbandName(), person.getCnic(),
                birthYear(person.getDateOfBirth(), person.getAgeYears(), victimCase.getIdentifiedOn()));
    }

    private List<DuplicateCandidate> candidates(RabtaUser user, List<DuplicateFinder.Match> matches, Long root) {
        Map<Long, VictimCase> sameAgency = cases.findByIdIn(matches.stream()
                        .filter(match -> match.owningAgencyId() == user.agencyId()).map(DuplicateFinder.Match::caseId).toList())
                .stream().collect(Collectors.toMap(VictimCase::getId, Function.identity()));
        Map<Long, Agency> agencyById = new LinkedHashMap<>();
        List<DuplicateCandidate> result = new ArrayList<>();
        for (DuplicateFinder.Match match : matches) {
            Agency agency = agencyById.computeIfAbsent(match.owningAgencyId(), agencies::agency);
            long matchRoot = match.duplicateOfId() != null ? match.duplicateOfId() : match.caseId();
            boolean linked = root != null && matchRoot == root;
            result.add(new DuplicateCandidate(match.caseNumber(), match.districtCode(), agency.getCode(), agency.getName(),
                    agency.getNameUr(), agency.getPhone(), match.cnicMatch(), (int) Math.round(match.nameScore() * 100), linked,
                    sameAgency.get(match.caseId())));
        }
        return result;
    }

    /** The case a linked group of duplicates points at (the earliest registered), or the case itself. */
    private static long root(VictimCase victimCase) {
        return victimCase.getDuplicateOfId() != null ? victimCase.getDuplicateOfId() : victimCase.getId();
    }

    private static Integer birthYear(LocalDate dateOfBirth, Integer age, LocalDate identifiedOn) {
        if (dateOfBirth != null) {
            return dateOfBirth.getYear();
        }
        return age == null || identifiedOn == null ? null : identifiedOn.getYear() - age;
    }
}
