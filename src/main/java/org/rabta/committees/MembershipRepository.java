package org.rabta.committees;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("""
            select m from Membership m where m.committeeId = ?1 and m.from <= ?2 and (m.to is null or m.to >= ?2)
            order by m.role, m.from, m.id""")
    List<Membership> findCurrent(long committeeId, LocalDate on);

    /** {@link #findCurrent} for every committee at once. */
    @Query("""
            select m from Membership m where m.from <= ?1 and (m.to is null or m.to >= ?1)
            order by m.committeeId, m.role, m.from, m.id""")
    List<Membership> findCurrentOnAll(LocalDate on);

    @Query("select m from Membership m where m.committeeId = ?1 order by m.from desc, m.id desc")
    List<Membership> findHistory(long committeeId, Pageable pageable);

    /** Terms that share a day with [from, to], to check the roster rules before saving. */
    @Query("""
            select m from Membership m where m.committeeId = ?1 and m.id <> ?2
              and m.from <= ?4 and (m.to is null or m.to >= ?3)""")
    List<Membership> findOverlapping(long committeeId, long exceptId, LocalDate from, LocalDate to);

    /** Terms that share a day with an open-ended term starting on {@code from}. */
    @Query("select m from Membership m where m.committeeId = ?1 and m.id <> ?2 and (m.to is null or m.to >= ?3)")
    List<Membership> findOverlappingOpenEnded(long committeeId, long exceptId, LocalDate from);
}
