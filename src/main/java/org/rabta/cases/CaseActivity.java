package org.rabta.cases;

import java.util.Objects;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditedEvent;

/**
 * What another feature (screening, referrals) announces about a case after changing one of its own records there.
 * Published inside that change's transaction: {@link CaseTimeline} adds the entry to the case's timeline and the audit
 * trail writes {@link #auditRecord()}, both synchronously, so the change, its timeline entry and its audit line commit
 * or roll back together. The publisher has checked the user's access to the case.
 *
 * @param by          who did it
 * @param type        the timeline entry
 * @param details     what the entry shows besides its type (a determination, a note), or null
 * @param subject     the publisher's record the entry is about ("referral:12"), which its case page section links to
 *                    ({@link CasePageSection})
 * @param auditRecord the audit line of the change, which may say more than the timeline shows
 */
public record CaseActivity(RabtaUser by, String caseNumber, CaseEventType type, String details, String subject,
                           AuditRecord auditRecord) implements AuditedEvent {

    public CaseActivity {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(auditRecord, "auditRecord");
    }
}
