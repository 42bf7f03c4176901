package org.rabta.committees;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

    @Query("select e from Escalation e where e.toCommitteeId = ?1 order by e.status desc, e.escalatedAt desc, e.id desc")
    List<Escalation> findReceived(long committeeId, Pageable pageable);

    @Query("select e from Escalation e where e.fromCommitteeId = ?1 order by e.escalatedAt desc, e.id desc")
    List<Escalation> findSent(long committeeId, Pageable pageable);
}
