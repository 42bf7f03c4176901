package org.rabta.cases;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    /**
     * A case's attachments for its page, newest first. Shown, never changed, so loaded read-only (no
     * snapshot to check at commit).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<CaseAttachment> findByCaseIdOrderByUploadedAtDescIdDesc(long caseId);

    Optional<CaseAttachment> findByIdAndCaseId(long id, long caseId);
}
