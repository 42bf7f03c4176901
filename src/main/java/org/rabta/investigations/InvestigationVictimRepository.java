package org.rabta.investigations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvestigationVictimRepository extends JpaRepository<InvestigationVictim, Long> {

    List<InvestigationVictim> findByInvestigationIdOrderById(long investigationId);

    boolean existsByInvestigationIdAndCaseId(long investigationId, long caseId);
}
