package org.rabta.committees;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByDueOnAscIdAsc(long meetingId);

    List<ActionItem> findByReferralIdAndCommitteeIdInOrderByDueOnAscIdAsc(long referralId, Collection<Long> committeeIds);

    boolean existsByCommitteeIdAndCaseNumber(long committeeId, String caseNumber);

    @Query("""
            select a from ActionItem a where a.committeeId = ?1 and a.status = org.rabta.committees.ActionItemStatus.OPEN
            order by a.dueOn, a.id""")
    List<ActionItem> findOpen(long committeeId, Pageable pageable);
}
