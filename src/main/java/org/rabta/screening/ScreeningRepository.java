package org.rabta.screening;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ScreeningRepository extends JpaRepository<Screening, Long> {

    /** A case's screenings, newest first (their facts stay unloaded: the history shows results only). */
    List<Screening> findByCaseIdOrderByCreatedAtDescIdDesc(long caseId, Pageable pageable);

    /** The screening, locked until the transaction ends, so two reviews or edits cannot both pass the version check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Screening s where s.id = :id")
    Optional<Screening> lockById(@Param("id") long id);
}
