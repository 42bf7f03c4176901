package org.rabta.committees;

import java.time.LocalDate;
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

    /** Open items past due that belong to these terms, or to these agencies on these committees. */
    @Query("""
            select a from ActionItem a where a.status = org.rabta.committees.ActionItemStatus.OPEN and a.dueOn < ?4
              and (a.ownerMembershipId in ?1 or (a.ownerAgencyId = ?2 and a.committeeId in ?3))
            order by a.dueOn, a.id""")
    List<ActionItem> findOverdue(Collection<Long> membershipIds, long agencyId, Collection<Long> committeeIds,
                                 LocalDate today, Pageable pageable);
}
