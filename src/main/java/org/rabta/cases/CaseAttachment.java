package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.Immutable;
import org.rabta.accounts.Stamp;

/** A document or photo attached to a case: metadata only; the bytes live in case_attachment_content. */
@Entity
@Immutable
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private String sha256;

    private String description;

    @Embedded
    @EmbeddedColumnNaming("uploaded_%s")
    private Stamp uploaded;

    protected CaseAttachment() {
    }

    CaseAttachment(long caseId, String fileName, String contentType, int sizeBytes, String sha256, String description,
                   Stamp uploaded) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.description = description;
        this.uploaded = uploaded;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDescription() {
        return description;
    }

    /** Who uploaded it, and when. */
    public Stamp getUploaded() {
        return uploaded;
    }
}
