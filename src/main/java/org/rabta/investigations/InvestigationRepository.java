package org.rabta.investigations;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface InvestigationRepository extends JpaRepository<Investigation, Long> {

    Optional<Investigation> findByIdAndRegisteringAgencyId(long id, long registeringAgencyId);

    /** Read and locked until the transaction ends: the changes that depend on what the investigation holds queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Investigation> findForUpdateByIdAndRegisteringAgencyId(long id, long registeringAgencyId);

    boolean existsByRegisteringAgencyIdAndFirNumberIgnoreCaseAndIdNot(long registeringAgencyId, String firNumber, long id);
}
