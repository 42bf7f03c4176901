package org.rabta.investigations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccusedRepository extends JpaRepository<Accused, Long> {

    List<Accused> findByInvestigationIdOrderByPosition(long investigationId);

    Optional<Accused> findByIdAndRegisteringAgencyId(long id, long registeringAgencyId);

    int countByInvestigationId(long investigationId);
}
