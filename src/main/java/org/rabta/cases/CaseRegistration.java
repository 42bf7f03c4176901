package org.rabta.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.geography.GeographyService;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering a case and editing its record, from the screens and the API, under the same rules
 * ({@link CaseValidator}): the owning agency's caseworkers and supervisors only ({@link CaseAccessPolicy}), every
 * mistake reported at once and nothing saved, every change on the timeline and in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseRegistration {

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final CaseAccessPolicy policy;
    private final GeographyService geography;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Registers a case for the user's agency, with the user as caseworker. Nothing is saved when a rule is broken. */
    @Transactional
    public VictimCase register(RabtaUser user, CaseForm form) {
        return register(user, form, List.of());
    }

    /**
     * Registration for channels that read their input themselves (the API): {@code inputProblems} are the fields
     * that could not be read (a malformed date, an unknown value); they are reported together with the rules the
     * rest of the form breaks, so the caller learns every mistake at once.
     */
    @Transactional
    public VictimCase register(RabtaUser user, CaseForm form, List<Violation> inputProblems) {
        CaseAccessPolicy.requireCaseRole(user);
        validate(form, inputProblems);
        String provinceCode = geography.district(form.getDistrictCode()).getProvinceCode();
        String prefix = geography.province(provinceCode).getCasePrefix();
        String caseNumber = numbers.next(prefix, form.getIdentifiedOn().getYear());
        VictimCase victimCase = new VictimCase(caseNumber, user.agencyId(), user.agencyId(), clock.instant(),
                user.username(), user.fullName());
        victimCase.apply(form, provinceCode, CaseValidator.ageAtIdentification(form));
        victimCase.assignTo(user.id(), user.fullName());
        if (form.getExternalReference() != null
                && jdbc.sql("select exists (select 1 from victim_case where owning_agency_id = :agency and external_reference = :ref)")
                .param("agency", user.agencyId()).param("ref", form.getExternalReference()).query(Boolean.class).single()) {
            throw new InvalidInputException(List.of(Violation.of("externalReference", "cases.error.externalReferenceTaken")));
        }
        cases.save(victimCase);
        timeline.add(victimCase, CaseEventType.REGISTERED, user, null);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_REGISTERED, caseNumber, describe(victimCase)));
        return victimCase;
    }

    /** The case's current values for the edit form (an audited read). */
    @Transactional
    public CaseForm editForm(RabtaUser user, String caseNumber) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.FULL);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_VIEWED, caseNumber, "edit form"));
        return CaseForm.of(victimCase);
    }

    /**
     * Saves an edit when the form carries the version the case has now; otherwise someone else saved in between
     * and the edit is refused with who did it and when ({@link ConcurrentEditException}), nothing saved.
     */
    @Transactional
    public VictimCase update(RabtaUser user, String caseNumber, CaseForm form) {
        VictimCase victimCase = lockedAtVersion(user, caseNumber, form.getVersion());
        return applyEdit(user, victimCase, form, List.of());
    }

    /**
     * A partial edit (the API's PUT): {@code changes} is applied, under the row lock, to the case's values at
     * {@code version} and answers the fields it could not read. Values it leaves alone stay as they are.
     */
    @Transactional
    public VictimCase update(RabtaUser user, String caseNumber, long version, Function<CaseForm, List<Violation>> changes) {
        VictimCase victimCase = lockedAtVersion(user, caseNumber, version);
        CaseForm form = CaseForm.of(victimCase);
        List<Violation> inputProblems = changes.apply(form);
        form.setVersion(version);
        return applyEdit(user, victimCase, form, inputProblems);
    }

    private VictimCase lockedAtVersion(RabtaUser user, String caseNumber, Long version) {
        VictimCase victimCase = policy.requireForChange(user, caseNumber);
        if (version == null || version != victimCase.getVersion()) {
            throw new ConcurrentEditException("Case " + caseNumber, victimCase.getUpdated().getNameAndUsername(),
                    victimCase.getUpdated().getAt())
                    .toldAs("cases.api.stale");
        }
        return victimCase;
    }

    private VictimCase applyEdit(RabtaUser user, VictimCase victimCase, CaseForm form, List<Violation> inputProblems) {
        validate(form, inputProblems);
        CaseForm before = CaseForm.of(victimCase);
        before.setAgeYears(victimCase.getPerson().getAgeYears());
        Integer age = CaseValidator.ageAtIdentification(form);
        form.setAgeYears(age);
        if (form.getExternalReference() == null) {
            form.setExternalReference(victimCase.getExternalReference());
        }
        List<CaseChanges.Change> changes = CaseChanges.between(before, form);
        if (changes.isEmpty()) {
            return victimCase;
        }
        String provinceCode = geography.district(form.getDistrictCode()).getProvinceCode();
        victimCase.apply(form, provinceCode, age);
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        cases.saveAndFlush(victimCase);
        timeline.add(victimCase, CaseEventType.EDITED, user,
                changes.stream().map(CaseChanges.Change::field).collect(Collectors.joining(",")));
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_UPDATED, victimCase.getCaseNumber(), changes.stream()
                .map(change -> change.field() + ": " + change.before() + " -> " + change.after())
                .collect(Collectors.joining("; "))));
        return victimCase;
    }

    /** Normalises the form and refuses it with every mistake: input problems first, then the rules it breaks. */
    private void validate(CaseForm form, List<Violation> inputProblems) {
        form.normalise();
        List<Violation> violations = withRuleViolations(inputProblems,
                CaseValidator.validate(form, LocalDate.now(clock), code -> geography.findDistrict(code).isPresent()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Input problems first; a rule broken on a field that could not even be read is not repeated. */
    private static List<Violation> withRuleViolations(List<Violation> inputProblems, List<Violation> ruleViolations) {
        List<Violation> all = new ArrayList<>(inputProblems);
        ruleViolations.stream()
                .filter(violation -> inputProblems.stream().noneMatch(problem -> problem.field().equals(violation.field())))
                .forEach(all::add);
        return all;
    }

    private static String describe(VictimCase c) {
        Person person = c.getPerson();
        return "%s, %s, %s, district %s".formatted(person.getSex(), person.getAgeYears() == null ? "age unknown" : "age " + person.getAgeYears(),
                c.getHowIdentified(), c.getDistrictCode());
    }
}
