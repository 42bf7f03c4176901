package org.rabta.cases;

import static org.rabta.shared.Text.blankToNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Stamp;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's notes and attachments: added and downloaded by the owning agency only (the whole record,
 * {@link CasePart#FULL}); every addition goes on the timeline and in the audit trail, every download in the trail.
 * An attachment's bytes live in a table of their own, read only for a download.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseNotesAndAttachments {

    static final int MAX_NOTE = 5000;
    static final int MAX_DESCRIPTION = 300;

    private final CaseAccessPolicy policy;
    private final CaseNoteRepository notes;
    private final CaseAttachmentRepository attachments;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** A note; a restricted one is marked so on the page and the timeline. */
    @Transactional
    public CaseNote addNote(RabtaUser user, String caseNumber, String body, boolean restricted) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.FULL);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(List.of(Violation.of("body", "cases.error.required")));
        }
        if (body.strip().length() > MAX_NOTE) {
            throw new InvalidInputException(List.of(Violation.of("body", "cases.error.tooLong", MAX_NOTE)));
        }
        CaseNote note = notes.save(new CaseNote(victimCase.getId(), body.strip(), restricted, user.username(),
                user.fullName(), user.agencyId(), clock.instant()));
        timeline.add(victimCase, CaseEventType.NOTE_ADDED, user, restricted ? "restricted" : null);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_NOTE_ADDED, caseNumber,
                (restricted ? "restricted note " : "note ") + note.getId()));
        return note;
    }

    /** Attaches a PDF, JPEG or PNG of at most 10 MB; the type is read from the content, whatever the file is called. */
    @Transactional
    public CaseAttachment addAttachment(RabtaUser user, String caseNumber, String fileName, byte[] content, String description) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.FULL);
        if (content == null || content.length == 0) {
            throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.empty")));
        }
        if (content.length > AttachmentTypes.MAX_BYTES) {
            throw new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.tooLarge", 10)));
        }
        String contentType = AttachmentTypes.detect(content)
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.of("file", "cases.attachment.error.type"))));
        String cleanDescription = blankToNull(description);
        if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException(List.of(Violation.of("description", "cases.error.tooLong", MAX_DESCRIPTION)));
        }
        String name = safeFileName(fileName, contentType);
        CaseAttachment attachment = attachments.save(new CaseAttachment(victimCase.getId(), name, contentType, content.length,
                sha256(content), cleanDescription, Stamp.of(user, clock.instant())));
        attachments.flush();
        jdbc.sql("insert into case_attachment_content (attachment_id, content) values (:id, :content)")
                .param("id", attachment.getId()).param("content", content).update();
        timeline.add(victimCase, CaseEventType.ATTACHMENT_ADDED, user, name);
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_ATTACHMENT_ADDED, caseNumber,
                name + " (" + contentType + ", " + content.length + " bytes, sha256 " + attachment.getSha256() + ")"));
        return attachment;
    }

    /** An attachment's bytes, for the owning agency only (the whole record); every download is audited. */
    @Transactional
    public AttachmentDownload download(RabtaUser user, String caseNumber, long attachmentId) {
        VictimCase victimCase = policy.require(user, caseNumber, CasePart.FULL);
        CaseAttachment attachment = attachments.findByIdAndCaseId(attachmentId, victimCase.getId())
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        byte[] content = jdbc.sql("select content from case_attachment_content where attachment_id = :id")
                .param("id", attachmentId).query(byte[].class).optional()
                .orElseThrow(() -> new RecordNotFoundException("Attachment", attachmentId));
        audit.record(AuditRecord.forCase(CaseAuditAction.CASE_ATTACHMENT_DOWNLOADED, caseNumber,
                attachment.getFileName() + " (attachment " + attachmentId + ")"));
        return new AttachmentDownload(attachment.getFileName(), attachment.getContentType(), content);
    }

    /** The file's own name without a path or characters that break a download header, at most 200 characters. */
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
