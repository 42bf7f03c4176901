package org.rabta.committees;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

    @Query("select e from Escalation e where e.toCommitteeId = ?1 order by e.status desc, e.escalatedAt desc, e.id desc")
    List<Escalation> findReceived(long committeeId, Pageable pageable);

    @Query("""
            select e.referralId from Escalation e
            where e.toCommitteeId = ?1 and e.referralId is not null and e.status = org.rabta.committees.EscalationStatus.OPEN
            order by e.escalatedAt desc""")
    List<Long> findOpenReferralIdsReceived(long committeeId, Pageable pageable);

    boolean existsByFromCommitteeIdAndReferralIdAndStatus(long fromCommitteeId, long referralId, EscalationStatus status);

    /** Whether the committee escalated, or received, an escalation about the case. */
    @Query("select count(e) > 0 from Escalation e where e.caseNumber = ?2 and (e.fromCommitteeId = ?1 or e.toCommitteeId = ?1)")
    boolean linksCase(long committeeId, String caseNumber);

    @Query("select e from Escalation e where e.fromCommitteeId = ?1 order by e.escalatedAt desc, e.id desc")
    List<Escalation> findSent(long committeeId, Pageable pageable);
}
