package org.rabta.investigations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MlaRequestRepository extends JpaRepository<MlaRequest, Long> {

    List<MlaRequest> findByInvestigationIdOrderByRequestedOnAscIdAsc(long investigationId);
}
