package org.rabta.committees;

import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CasesApi;
import org.rabta.cases.PseudonymisedCase;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation up the tiers: a committee's chair or secretary sends an issue it cannot settle to the committee it
 * reports to (a district committee to its province's, a provincial one to the national one), whose chair or
 * secretary resolves it with a response. Both committees see it; a case it concerns is shown pseudonymised.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EscalationService {

    static final int LIST_LIMIT = 50;

    private final EscalationRepository escalations;
    private final CommitteeRepository committees;
    private final CommitteeAccess access;
    private final CasesApi cases;
    private final CommitteeCases committeeCases;
    private final AuditTrail audit;
    private final Clock clock;

    @Transactional
    public Escalation escalate(RabtaUser user, long committeeId, EscalationForm form) {
        return escalate(user, committeeId, form.issue(), blankToNull(form.caseNumber()), null);
    }

    /**
     * Escalates an issue, optionally about a case or a referral (already checked to be in the committee's reach by
     * the caller that knows referrals), to the committee one level up.
     */
    @Transactional
    public Escalation escalate(RabtaUser user, long committeeId, String issue, String caseNumber, Long referralId) {
        Committee from = access.readable(user, committeeId);
        if (!access.mayRecordMeetings(user, committeeId)) {
            throw new AccessDeniedException("Only the committee's chair or secretary escalates");
        }
        if (from.getParentId() == null) {
            throw new BusinessRuleException("committees.error.nothingAbove");
        }
        if (issue == null || issue.isBlank()) {
            throw BusinessRuleException.onField("issue", "committees.error.issueRequired");
        }
        if (referralId != null
                && escalations.existsByFromCommitteeIdAndReferralIdAndStatus(committeeId, referralId, EscalationStatus.OPEN)) {
            // One open escalation per referral: the committee above already has it in its queue.
            throw new BusinessRuleException("committees.error.referralAlreadyEscalated");
        }
        if (caseNumber != null && !committeeCases.sees(from, caseNumber)) {
            // As for action items: only a case the committee sees, with one answer for every other number.
            throw BusinessRuleException.onField("caseNumber", "committees.error.caseNotSeen");
        }
        Escalation escalation = new Escalation(committeeId, from.getParentId(), issue.strip(), caseNumber, referralId,
                user.username(), clock.instant());
        escalations.save(escalation);
        audit.record(new AuditRecord(CommitteeAuditAction.COMMITTEE_ESCALATED,
                "COMMITTEE", String.valueOf(committeeId), caseNumber,
                "to committee %d%s: %s".formatted(from.getParentId(), referralId == null ? "" : ", referral " + referralId,
                        escalation.getIssue()), null));
        return escalation;
    }

    /** What the committee received from the committees under it, open ones first. */
    @Transactional
    public List<EscalationView> received(RabtaUser user, long committeeId) {
        access.readable(user, committeeId);
        return views(user, escalations.findReceived(committeeId, PageRequest.of(0, LIST_LIMIT)));
    }

    /**
     * The referrals escalated to the committee and still open, to mark them in its queue. Capped like the lists:
     * a committee settles its escalations long before there are more.
     */
    Set<Long> escalatedReferralIds(long committeeId) {
        return Set.copyOf(escalations.findOpenReferralIdsReceived(committeeId, PageRequest.of(0, LIST_LIMIT * 4)));
    }

    /** What the committee sent up. */
    @Transactional
    public List<EscalationView> sent(RabtaUser user, long committeeId) {
        access.readable(user, committeeId);
        return views(user, escalations.findSent(committeeId, PageRequest.of(0, LIST_LIMIT)));
    }

    @Transactional
    public Escalation resolve(RabtaUser user, long escalationId, String response, Long version) {
        Escalation escalation = escalations.findById(escalationId)
                .orElseThrow(() -> new RecordNotFoundException("Escalation", escalationId));
        access.readable(user, escalation.getToCommitteeId());
        if (!access.mayRecordMeetings(user, escalation.getToCommitteeId())) {
            throw new AccessDeniedException("Only the receiving committee's chair or secretary resolves an escalation");
        }
        ConcurrentEditException.throwIfStale(version, escalation.getVersion(), "Escalation " + escalationId,
                escalation.getResolvedBy(), escalation.getResolvedAt());
        if (escalation.getStatus() == EscalationStatus.RESOLVED) {
            throw new BusinessRuleException("committees.error.alreadyResolved");
        }
        if (response != null && response.strip().length() > 2000) {
            throw new BusinessRuleException("committees.error.responseTooLong");
        }
        escalation.resolve(blankToNull(response), user.username(), clock.instant());
        escalations.flush();
        audit.record(new AuditRecord(CommitteeAuditAction.COMMITTEE_ESCALATION_RESOLVED,
                "COMMITTEE", String.valueOf(escalation.getToCommitteeId()),
                escalation.getCaseNumber(), "escalation " + escalationId, null));
        return escalation;
    }

    private List<EscalationView> views(RabtaUser user, List<Escalation> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Committee> byId = committees.findAllById(list.stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.getFromCommitteeId(), e.getToCommitteeId()))
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Committee::getId, Function.identity()));
        List<Term> terms = access.currentTerms(user);
        Set<Long> sittingOn = terms.stream().map(Term::committeeId).collect(Collectors.toSet());
        // Only a current term on either committee shows the case; an admin's reach does not (no case data).
        Collection<String> numbers = list.stream()
                .filter(e -> sittingOn.contains(e.getFromCommitteeId()) || sittingOn.contains(e.getToCommitteeId()))
                .map(Escalation::getCaseNumber).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, PseudonymisedCase> linked = cases.pseudonymised(numbers, "committee escalations");
        boolean admin = user.hasRole(org.rabta.accounts.Role.ADMIN);
        return list.stream().map(e -> new EscalationView(e, byId.get(e.getFromCommitteeId()), byId.get(e.getToCommitteeId()),
                e.getCaseNumber() == null ? null : linked.get(e.getCaseNumber()),
                e.getStatus() == EscalationStatus.OPEN && (admin || terms.stream().anyMatch(term ->
                        term.committeeId() == e.getToCommitteeId() && term.role().runsMeetings()))))
                .toList();
    }
}
