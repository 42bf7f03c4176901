package org.rabta.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    List<CaseAttachment> findByCaseIdOrderByUploadedAtDescIdDesc(long caseId);

    Optional<CaseAttachment> findByIdAndCaseId(long id, long caseId);
}
