package org.rabta.investigations;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AccusedRepository extends JpaRepository<Accused, Long> {

    List<Accused> findByInvestigationIdOrderByPosition(long investigationId);

    Optional<Accused> findByIdAndRegisteringAgencyId(long id, long registeringAgencyId);

    /** Read and locked until the transaction ends, so that the steps of one person's path are checked one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Accused> findForUpdateByIdAndRegisteringAgencyId(long id, long registeringAgencyId);

    int countByInvestigationId(long investigationId);
}
