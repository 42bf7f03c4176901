package org.rabta.cases;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CaseRepository extends JpaRepository<VictimCase, Long> {

    Optional<VictimCase> findByCaseNumber(String caseNumber);

    /** For a change: the row stays locked until commit, so the version check and the update cannot interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from VictimCase c where c.caseNumber = :caseNumber")
    Optional<VictimCase> lockByCaseNumber(String caseNumber);

    /**
     * The cases of a list page by id. Native, with the ids as one array parameter: as an IN list of varying length,
     * Hibernate translated the query to SQL anew on every list page, a third of the page's CPU.
     */
    @Query(value = "select * from victim_case where id = any(:ids)", nativeQuery = true)
    List<VictimCase> findByIdArray(Long[] ids);

    default List<VictimCase> findByIdIn(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : findByIdArray(ids.toArray(Long[]::new));
    }

    /**
     * The cases of a list page, to show: read-only, so Hibernate keeps no copy of each case's state and the page's
     * commit does not compare 25 cases field by field (4 % of a list page's CPU). Not for a case the same
     * transaction then changes: it would stay read-only in the persistence context.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query(value = "select * from victim_case where id = any(:ids)", nativeQuery = true)
    List<VictimCase> readOnlyByIdArray(Long[] ids);

    default List<VictimCase> findToShowByIdIn(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : readOnlyByIdArray(ids.toArray(Long[]::new));
    }
}
