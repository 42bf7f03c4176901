package org.rabta.investigations;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvestigationRepository extends JpaRepository<Investigation, Long> {

    Optional<Investigation> findByIdAndRegisteringAgencyId(long id, long registeringAgencyId);

    boolean existsByRegisteringAgencyIdAndFirNumberIgnoreCaseAndIdNot(long registeringAgencyId, String firNumber, long id);
}
