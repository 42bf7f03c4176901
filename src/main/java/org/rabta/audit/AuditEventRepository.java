package org.rabta.audit;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findByCaseNumberOrderByOccurredAtDesc(String caseNumber, Pageable pageable);

    Page<AuditEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);

    Optional<AuditEvent> findFirstByTargetTypeAndTargetIdAndActionInOrderByOccurredAtDescIdDesc(String targetType, String targetId,
                                                                                      Collection<String> actions);
}
