package org.rabta.screening;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface ScreeningRepository extends JpaRepository<Screening, Long> {

    /**
     * A case's screenings, newest first (their facts stay unloaded: the history shows results only). Shown, never
     * changed, so loaded read-only (no snapshot to check at commit).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("select s from Screening s where s.caseId = :caseId order by s.created.at desc, s.id desc")
    List<Screening> findByCaseIdOrderByCreatedAtDescIdDesc(@Param("caseId") long caseId, Pageable pageable);

    /** The screening, locked until the transaction ends, so two reviews or edits cannot both pass the version check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Screening s where s.id = :id")
    Optional<Screening> lockById(@Param("id") long id);
}
