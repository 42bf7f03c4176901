package org.rabta.cases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.StaffMember;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.audit.AuditEvent;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.audit.BulkRead;
import org.rabta.audit.CaseReadPage;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victim cases: registration, the case page, edits, notes, attachments, status, reassignment, search and
 * duplicates. Access is {@link CaseAccessPolicy}'s: everything here shows or changes the whole record
 * ({@link CasePart#FULL}), which only the owning agency's caseworkers and supervisors see, except
 * {@link #referralSummary}; anything else is "not found". Every read of a case and every change writes an audit
 * event in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    static final int TIMELINE_LIMIT = 200;

    private final CaseRepository cases;
    private final CaseNoteRepository notes;
    private final CaseAttachmentRepository attachments;
    private final CaseEventRepository events;
    private final CaseNumbers numbers;
    private final CaseSearch search;
    private final DuplicateFinder duplicates;
    private final GeographyService geography;
    private final AgencyService agencies;
    private final UserAccountService users;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseAccessPolicy policy;

    CaseService(CaseRepository cases, CaseNoteRepository notes, CaseAttachmentRepository attachments,
                CaseEventRepository events, CaseNumbers numbers, CaseSearch search, DuplicateFinder duplicates,
                GeographyService geography, AgencyService agencies, UserAccountService users, AuditTrail audit,
                JdbcClient jdbc, Clock clock, CaseAccessPolicy policy) {
        this.cases = cases;
        this.notes = notes;
        this.attachments = attachments;
        this.events = events;
        this.numbers = numbers;
        this.search = search;
        this.duplicates = duplicates;
        this.geography = geography;
        this.agencies = agencies;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
    }

    // ------------------------------------------------------------------ registration and edits

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
        requireCaseRole(user);
        LocalDate today = LocalDate.now(clock);
        form.normalise();
        List<Violation> violations = withRuleViolations(inputProblems, CaseValidator.validate(form, today, this::districtExists));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
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
        event(victimCase, CaseEventType.REGISTERED.name(), user, null);
        audit.record(AuditRecord.forCase("CASE_REGISTERED", caseNumber, describe(victimCase)));
        return victimCase;
    }

    /** The case's current values for the edit form (an audited read). */
    @Transactional
    public CaseForm editForm(RabtaUser user, String caseNumber) {
        VictimCase victimCase = full(user, caseNumber);
        audit.record(AuditRecord.forCase("CASE_VIEWED", caseNumber, "edit form"));
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
        VictimCase victimCase = ownedForChange(user, caseNumber);
        if (version == null || version != victimCase.getVersion()) {
            throw new ConcurrentEditException("Case " + caseNumber, changedBy(victimCase), victimCase.getUpdatedAt())
                    .toldAs("cases.api.stale");
        }
        return victimCase;
    }

    private VictimCase applyEdit(RabtaUser user, VictimCase victimCase, CaseForm form, List<Violation> inputProblems) {
        String caseNumber = victimCase.getCaseNumber();
        form.normalise();
        List<Violation> violations = withRuleViolations(inputProblems,
                CaseValidator.validate(form, LocalDate.now(clock), this::districtExists));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
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
        event(victimCase, CaseEventType.EDITED.name(), user,
                changes.stream().map(CaseChanges.Change::field).collect(Collectors.joining(",")));
        audit.record(AuditRecord.forCase("CASE_UPDATED", caseNumber, changes.stream()
                .map(change -> change.field() + ": " + change.before() + " -> " + change.after())
                .collect(Collectors.joining("; "))));
        return victimCase;
    }

    // ------------------------------------------------------------------ reading

    /** The case page: the case, its notes, attachments and timeline. An audited read. */
    @Transactional
    public CaseDetails details(RabtaUser user, String caseNumber) {
        VictimCase victimCase = full(user, caseNumber);
        audit.record(AuditRecord.forCase("CASE_VIEWED", caseNumber, null));
        List<CaseNote> caseNotes = notes.findByCaseIdOrderByCreatedAtDescIdDesc(victimCase.getId());
        Agency owning = agencies.agency(victimCase.getOwningAgencyId());
        String registeredBy = users.fullName(victimCase.getCreatedBy()).orElse(victimCase.getCreatedBy());
        return new CaseDetails(victimCase, owning, true, user.hasRole(Role.SUPERVISOR), caseNotes,
                attachments.findByCaseIdOrderByUploadedAtDescIdDesc(victimCase.getId()),
                events.findByCaseIdOrderByOccurredAtDescIdDesc(victimCase.getId(), PageRequest.of(0, TIMELINE_LIMIT)),
                registeredBy);
    }

    /** The whole of one case, e.g. for the API or a feature acting on it for its owning agency. An audited read. */
    @Transactional
    public VictimCase get(RabtaUser user, String caseNumber) {
        VictimCase victimCase = full(user, caseNumber);
        audit.record(AuditRecord.forCase("CASE_VIEWED", caseNumber, null));
        return victimCase;
    }

    /**
     * A case for a referral's page, where the receiving agency sees only the {@link CasePart#REFERRAL_SUMMARY}: the
     * caller shows no more of the case than that part names. An audited read.
     */
    @Transactional
    public VictimCase referralSummary(RabtaUser user, String caseNumber, String purpose) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.REFERRAL_SUMMARY);
        audit.record(AuditRecord.forCase("CASE_SUMMARY_VIEWED", caseNumber, purpose));
        return victimCase;
    }

    /** The code of the agency that owns a case, for the API's owningAgencyCode. */
    public String agencyCode(long agencyId) {
        return agencies.agency(agencyId).getCode();
    }

    /** A page of the cases the user may see: an audited read, with the filter and every case on the page. */
    @Transactional
    public CaseList list(RabtaUser user, CaseFilter filter) {
        requireCaseRole(user);
        CaseSearch.Result result = search.search(user.agencyId(), filter);
        Map<Long, VictimCase> byId = cases.findByIdIn(result.ids()).stream()
                .collect(Collectors.toMap(VictimCase::getId, Function.identity()));
        List<VictimCase> page = result.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
        audit.recordRead(BulkRead.of(filter.q() == null ? "CASES_LISTED" : "CASES_SEARCHED", null, filter.terms()),
                page.stream().map(VictimCase::getCaseNumber).toList());
        return new CaseList(page, filter, result.hasNext(), result.count(), result.countCapped());
    }

    /**
     * For exports: which cases the user may see with the filter, as a SQL condition (the same rule as the list).
     * Not audited here: the exporting feature audits the export with its row count.
     */
    public ReadableCases readableCases(RabtaUser user, CaseFilter filter) {
        requireCaseRole(user);
        return search.readable(user.agencyId(), filter);
    }

    /**
     * People the list can be filtered by and a supervisor may pick to reassign a case to, as a pick list shows them:
     * the agency's active caseworkers and supervisors, up to 30 s old ({@link UserAccountService#activeStaff}).
     * Reassigning checks the target against {@link #agencyStaff}, read afresh.
     */
    public List<StaffMember> caseworkerChoices(RabtaUser user) {
        requireCaseRole(user);
        return users.activeStaff(user.agencyId(), EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR));
    }

    /** People a case may be reassigned to: the active caseworkers and supervisors of the agency. */
    public List<UserAccount> agencyStaff(RabtaUser user) {
        requireCaseRole(user);
        Map<Long, UserAccount> staff = new LinkedHashMap<>();
        for (Role role : List.of(Role.CASEWORKER, Role.SUPERVISOR)) {
            users.activeUsersOfAgency(user.agencyId(), role).forEach(account -> staff.putIfAbsent(account.getId(), account));
        }
        return staff.values().stream().sorted(Comparator.comparing(UserAccount::getFullName)).toList();
    }

    // ------------------------------------------------------------------ status, assignment, notes, attachments

    /** ACTIVE <-> FOLLOW_UP, by the owning agency's caseworkers and supervisors. */
    @Transactional
    public void markFollowUp(RabtaUser user, String caseNumber, boolean followUp) {
        VictimCase victimCase = ownedForChange(user, caseNumber);
        if (victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("cases.error.closed");
        }
        CaseStatus to = followUp ? CaseStatus.FOLLOW_UP : CaseStatus.ACTIVE;
        if (victimCase.getStatus() == to) {
            return;
        }
        CaseStatus from = victimCase.getStatus();
        victimCase.setStatus(to);
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        event(victimCase, CaseEventType.STATUS_CHANGED.name(), user, from + "," + to);
        audit.record(AuditRecord.forCase("CASE_STATUS_CHANGED", caseNumber, from + " -> " + to));
    }

    /** Closes a case with a reason (CLOSED, or CLOSED_REFERRED when another agency took it over). Supervisors only. */
    @Transactional
    public void close(RabtaUser user, String caseNumber, CaseStatus closedStatus, String reason) {
        VictimCase victimCase = ownedForChange(user, caseNumber);
        requireSupervisor(user);
        if (closedStatus == null || !closedStatus.isClosed()) {
            throw new BusinessRuleException("cases.error.closeStatus");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("cases.error.closeReasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw new BusinessRuleException("cases.error.tooLong", 1000);
        }
        if (victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("cases.error.alreadyClosed");
        }
        CaseStatus from = victimCase.getStatus();
        victimCase.close(closedStatus, LocalDate.now(clock), reason.strip());
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        event(victimCase, CaseEventType.CLOSED.name(), user, closedStatus + ": " + reason.strip());
        audit.record(AuditRecord.forCase("CASE_CLOSED", caseNumber, from + " -> " + closedStatus + ": " + reason.strip()));
    }

    @Transactional
    public void reopen(RabtaUser user, String caseNumber) {
        VictimCase victimCase = ownedForChange(user, caseNumber);
        requireSupervisor(user);
        if (!victimCase.getStatus().isClosed()) {
            throw new BusinessRuleException("cases.error.notClosed");
        }
        CaseStatus from = victimCase.getStatus();
        victimCase.reopen();
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        event(victimCase, CaseEventType.REOPENED.name(), user, null);
        audit.record(AuditRecord.forCase("CASE_REOPENED", caseNumber, from + " -> ACTIVE"));
    }

    /** A supervisor gives the case to another caseworker or supervisor of the same agency. */
    @Transactional
    public void reassign(RabtaUser user, String caseNumber, long caseworkerId) {
        VictimCase victimCase = ownedForChange(user, caseNumber);
        requireSupervisor(user);
        UserAccount target = agencyStaff(user).stream().filter(account -> account.getId() == caseworkerId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("cases.error.caseworkerNotInAgency"));
        if (Objects.equals(victimCase.getCaseworkerId(), target.getId())) {
            return;
        }
        String from = victimCase.getCaseworkerName();
        victimCase.assignTo(target.getId(), target.getFullName());
        victimCase.touch(clock.instant(), user.username(), user.fullName());
        event(victimCase, CaseEventType.REASSIGNED.name(), user, target.getFullName());
        audit.record(AuditRecord.forCase("CASE_REASSIGNED", caseNumber, from + " -> " + target.getFullName()
                + " (" + target.getUsername() + ")"));
    }

    @Transactional
    public CaseNote addNote(RabtaUser user, String caseNumber, String body, boolean restricted) {
        VictimCase victimCase = full(user, caseNumber);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(List.of(Violation.of("body", "cases.error.required")));
        }
        if (body.strip().length() > 5000) {
            throw new InvalidInputException(List.of(Violation.of("body", "cases.error.tooLong", 5000)));
        }
        CaseNote note = notes.save(new CaseNote(victimCase.getId(), body.strip(), restricted, user.username(),
                user.fullName(), user.agencyId(), clock.instant()));
        event(victimCase, CaseEventType.NOTE_ADDED.name(), user, restricted ? "restricted" : null);
        audit.record(AuditRecord.forCase("CASE_NOTE_ADDED", caseNumber, (restricted ? "restricted note " : "note ") + note.getId()));
        return note;
    }

    /** Attaches a PDF, JPEG or PNG of at most 10 MB; the type is read from the content, whatever the file is called. */
    @Transactional
    public CaseAttachment addAttachment(RabtaUser user, String caseNumber, String fileName, byte[] content, String description) {
        VictimCase victimCase = full(user, caseNumber);
        if (content == null || content.length == 0) {
            throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.empty")));
        }
        if (content.length > AttachmentTypes.MAX_BYTES) {
            throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.tooLarge", 10)));
        }
        String contentType = AttachmentTypes.detect(content)
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.type"))));
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > 300) {
            throw new InvalidInputException(List.of(Violation.of("description", "cases.error.tooLong", 300)));
        }
        String name = safeFileName(fileName, contentType);
        CaseAttachment attachment = attachments.save(new CaseAttachment(victimCase.getId(), name, contentType, content.length,
                sha256(content), cleanDescription, user.username(), user.fullName(), clock.instant()));
        attachments.flush();
        jdbc.sql("insert into case_attachment_content (attachment_id, content) values (:id, :content)")
                .param("id", attachment.getId()).param("content", content).update();
        event(victimCase, CaseEventType.ATTACHMENT_ADDED.name(), user, name);
        audit.record(AuditRecord.forCase("CASE_ATTACHMENT_ADDED", caseNumber,
                name + " (" + contentType + ", " + content.length + " bytes, sha256 " + attachment.getSha256() + ")"));
        return attachment;
    }

    /** An attachment's bytes, for the owning agency only (the whole record); every download is audited. */
    @Transactional
    public AttachmentDownload download(RabtaUser user, String caseNumber, long attachmentId) {
        VictimCase victimCase = full(user, caseNumber);
        CaseAttachment attachment = attachments.findByIdAndCaseId(attachmentId, victimCase.getId())
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        byte[] content = jdbc.sql("select content from case_attachment_content where attachment_id = :id")
                .param("id", attachmentId).query(byte[].class).optional()
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        audit.record(AuditRecord.forCase("CASE_ATTACHMENT_DOWNLOADED", caseNumber,
                attachment.getFileName() + " (attachment " + attachmentId + ")"));
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), content);
    }

    // ------------------------------------------------------------------ duplicates

    /**
     * Possible duplicates of a case, across all agencies; what the user sees of another agency's case is limited.
     * An audited read of the case and of every candidate returned (the terms are the case's own).
     */
    @Transactional
    public List<DuplicateCandidate> duplicatesOf(RabtaUser user, String caseNumber) {
        VictimCase victimCase = full(user, caseNumber);
        Long root = root(victimCase);
        Person person = victimCase.getPerson();
        List<DuplicateCandidate> found = candidates(user, duplicates.find(victimCase.getId(), person.getFirstName(),
                person.getLastName(), person.getFatherOrHusbandName(), person.getCnic(),
                birthYear(person.getDateOfBirth(), person.getAgeYears(), victimCase.getIdentifiedOn())), root);
        audit.recordRead(BulkRead.of("CASE_DUPLICATES_CHECKED", null, null).aboutCase(caseNumber),
                found.stream().map(DuplicateCandidate::caseNumber).toList());
        return found;
    }

    /** Possible duplicates of a case being registered (before it is saved). */
    @Transactional
    public List<DuplicateCandidate> duplicatesFor(RabtaUser user, CaseForm form) {
        requireCaseRole(user);
        form.normalise();
        String cnic = form.getCnic() != null && Identifiers.looksLikeCnic(form.getCnic()) ? form.getCnic() : null;
        Integer age = form.getAgeYears() != null && form.getAgeYears() >= 0 && form.getAgeYears() <= CaseValidator.MAX_AGE
                ? form.getAgeYears() : null;
        Integer birthYear = birthYear(form.getDateOfBirth(), age,
                form.getIdentifiedOn() == null ? LocalDate.now(clock) : form.getIdentifiedOn());
        List<DuplicateCandidate> found = candidates(user, duplicates.find(null, form.getFirstName(), form.getLastName(),
                form.getFatherOrHusbandName(), cnic, birthYear), null);
        audit.recordRead(BulkRead.of("CASE_DUPLICATES_CHECKED", "before registration", "firstName=%s, lastName=%s, "
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
        VictimCase victimCase = ownedForChange(user, caseNumber);
        requireSupervisor(user);
        VictimCase other = cases.findByCaseNumber(otherCaseNumber == null ? "" : otherCaseNumber.strip())
                .orElseThrow(() -> new BusinessRuleException("cases.duplicates.error.notCandidate"));
        if (other.getId().equals(victimCase.getId())) {
            throw new BusinessRuleException("cases.duplicates.error.self");
        }
        boolean sameAgency = other.getOwningAgencyId() == user.agencyId();
        Person person = victimCase.getPerson();
        boolean candidate = sameAgency || duplicates.find(victimCase.getId(), person.getFirstName(), person.getLastName(),
                        person.getFatherOrHusbandName(), person.getCnic(),
                        birthYear(person.getDateOfBirth(), person.getAgeYears(), victimCase.getIdentifiedOn()))
                .stream().anyMatch(match -> match.caseId() == other.getId());
        if (!candidate) {
            throw new BusinessRuleException("cases.duplicates.error.notCandidate");
        }
        long first = Math.min(victimCase.getId(), other.getId());
        long second = Math.max(victimCase.getId(), other.getId());
        int inserted = jdbc.sql("""
                        insert into case_duplicate_link (case_id, other_case_id, linked_by, linked_at)
                        values (:first, :second, :by, :at) on conflict do nothing""")
                .param("first", first).param("second", second).param("by", user.username())
                .param("at", java.sql.Timestamp.from(clock.instant())).update();
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
        event(victimCase, CaseEventType.DUPLICATE_LINKED.name(), user, other.getCaseNumber());
        audit.record(AuditRecord.forCase("CASE_DUPLICATE_LINKED", caseNumber, "same person as " + other.getCaseNumber()));
        if (sameAgency) {
            event(other, CaseEventType.DUPLICATE_LINKED.name(), user, victimCase.getCaseNumber());
        }
        audit.record(AuditRecord.forCase("CASE_DUPLICATE_LINKED", other.getCaseNumber(), "same person as " + caseNumber));
    }

    /** How many persons the given cases stand for: linked duplicates count once (for statistics). */
    public long countPersons() {
        return jdbc.sql("select count(*) from counted_victim_case").query(Long.class).single();
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
                    agency.getPhone(), match.cnicMatch(), (int) Math.round(match.nameScore() * 100), linked,
                    sameAgency.get(match.caseId())));
        }
        return result;
    }

    private static long root(VictimCase victimCase) {
        return victimCase.getDuplicateOfId() != null ? victimCase.getDuplicateOfId() : victimCase.getId();
    }

    private static Integer birthYear(LocalDate dateOfBirth, Integer age, LocalDate identifiedOn) {
        if (dateOfBirth != null) {
            return dateOfBirth.getYear();
        }
        return age == null || identifiedOn == null ? null : identifiedOn.getYear() - age;
    }

    // ------------------------------------------------------------------ audit trail and timeline

    /** The audit trail of a case, for supervisors of the owning agency. Reading it is itself audited. */
    @Transactional
    public Page<AuditEvent> auditTrail(RabtaUser user, String caseNumber, Pageable pageable) {
        VictimCase victimCase = full(user, caseNumber);
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new RecordNotFoundException("Case audit trail", caseNumber);
        }
        audit.record(AuditRecord.forCase("CASE_AUDIT_VIEWED", victimCase.getCaseNumber(), null));
        return audit.forCase(caseNumber, pageable);
    }

    /**
     * "Who looked at this person": every read of the case (opened, downloaded, exported, or returned by a list, search
     * or duplicate check, of any agency), newest first, for supervisors of the owning agency only; anyone else is
     * told the case is not found. Reading it is itself audited.
     */
    @Transactional
    public CaseReadPage whoLooked(RabtaUser user, String caseNumber, Long before) {
        VictimCase victimCase = full(user, caseNumber);
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new RecordNotFoundException("Case reads", caseNumber);
        }
        audit.record(AuditRecord.forCase("CASE_AUDIT_VIEWED", victimCase.getCaseNumber(), "who looked"));
        return audit.readsOf(victimCase.getCaseNumber(), user.agencyCode(), before);
    }

    /**
     * For other features (screening, referrals): adds an entry to a case's timeline about one of their records, the
     * {@code subject} ("referral:12"), which the feature's case page section links to ({@link CasePageSection}). The
     * caller has checked access and writes its own audit event.
     */
    @Transactional
    public void recordEvent(RabtaUser user, String caseNumber, String type, String details, String subject) {
        VictimCase victimCase = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new RecordNotFoundException("Case", caseNumber));
        event(victimCase, type, user, details, subject);
    }

    /**
     * For the screening feature: stores the outcome name of the case's latest confirmed screening on the case row,
     * where the case list filters on it and statistics count it. The caller has checked access and audits the
     * confirmation. Written with SQL, leaving the case's version alone (see {@link VictimCase#getConfirmedDetermination}).
     */
    @Transactional
    public void recordConfirmedDetermination(String caseNumber, String outcomeName) {
        int updated = jdbc.sql("update victim_case set confirmed_determination = :outcome where case_number = :caseNumber")
                .param("outcome", outcomeName).param("caseNumber", caseNumber).update();
        if (updated == 0) {
            throw new RecordNotFoundException("Case", caseNumber);
        }
    }

    /**
     * For other features that link cases to their own records (an investigation's victims): of these cases, those the
     * user may read whole ({@link CasePart#FULL}), in the order of the ids given; the read of those is audited. The
     * others are left out, so that nothing of them shows.
     */
    @Transactional
    public List<VictimCase> readableAmong(RabtaUser user, List<Long> caseIds, String purpose) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, VictimCase> found = new HashMap<>();
        cases.findByIdIn(caseIds).forEach(victimCase -> found.put(victimCase.getId(), victimCase));
        List<VictimCase> readable = caseIds.stream().map(found::get)
                .filter(victimCase -> victimCase != null && policy.may(user, victimCase, CasePart.FULL)).toList();
        audit.recordRead(BulkRead.of("LINKED_CASES_VIEWED", purpose, null), readable.stream().map(VictimCase::getCaseNumber).toList());
        return readable;
    }

    /** For other features: whether the user may read the whole case (the case page's rule, not audited). */
    public boolean canRead(RabtaUser user, String caseNumber) {
        try {
            full(user, caseNumber);
            return true;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ access

    static void requireCaseRole(RabtaUser user) {
        if (!CaseAccessPolicy.mayList(user)) {
            throw new RecordNotFoundException("Case", "(role)");
        }
    }

    private static void requireSupervisor(RabtaUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new BusinessRuleException("cases.error.supervisorOnly");
        }
    }

    /** The whole case ({@link CasePart#FULL}), which reads and changes of the case itself need. */
    private VictimCase full(RabtaUser user, String caseNumber) {
        return policy.require(user, caseNumber, CasePart.FULL);
    }

    /** The whole case under a row lock, for a change. */
    private VictimCase ownedForChange(RabtaUser user, String caseNumber) {
        return cases.lockByCaseNumber(caseNumber == null ? "" : caseNumber)
                .filter(c -> policy.may(user, c, CasePart.FULL))
                .orElseThrow(() -> new RecordNotFoundException("Case", caseNumber));
    }

    // ------------------------------------------------------------------ helpers

    /** Input problems first; a rule broken on a field that could not even be read is not repeated. */
    private static List<Violation> withRuleViolations(List<Violation> inputProblems, List<Violation> ruleViolations) {
        List<Violation> all = new ArrayList<>(inputProblems);
        ruleViolations.stream()
                .filter(violation -> inputProblems.stream().noneMatch(problem -> problem.field().equals(violation.field())))
                .forEach(all::add);
        return all;
    }

    private boolean districtExists(String code) {
        return geography.findDistrict(code).isPresent();
    }

    private void event(VictimCase victimCase, String type, RabtaUser user, String details) {
        event(victimCase, type, user, details, null);
    }

    private void event(VictimCase victimCase, String type, RabtaUser user, String details, String subject) {
        events.save(new CaseEvent(victimCase.getId(), clock.instant(), type, user.username(), user.fullName(), details, subject));
    }

    private static String changedBy(VictimCase victimCase) {
        return victimCase.getUpdatedByName() == null
                ? victimCase.getUpdatedBy()
                : victimCase.getUpdatedByName() + " (" + victimCase.getUpdatedBy() + ")";
    }

    private static String describe(VictimCase c) {
        Person person = c.getPerson();
        return "%s, %s, %s, district %s".formatted(person.getSex(), person.getAgeYears() == null ? "age unknown" : "age " + person.getAgeYears(),
                c.getHowIdentified(), c.getDistrictCode());
    }

    private static String safeFileName(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "attachment" + AttachmentTypes.extension(contentType);
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
