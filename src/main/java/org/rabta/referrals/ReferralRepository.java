package org.rabta.referrals;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    /**
     * A case's referrals, newest first, each with its provider: the case page's list, in one query. Shown, never
     * changed, so loaded read-only (no snapshot to check at commit).
     */
    @Query("""
            select new org.rabta.referrals.CaseReferral(r, a.name, a.nameUr) from Referral r join Agency a on a.id = r.toAgencyId
            where r.caseId = ?1 order by r.createdAt desc, r.id desc""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<CaseReferral> findOfCaseWithProvider(long caseId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Referral r where r.id = :id")
    Optional<Referral> lockById(long id);

    List<Referral> findByCaseIdOrderByCreatedAtDesc(long caseId);

    /**
     * The receiving agency's referrals in some states, leaving out those that ended before {@code endedSince} and
     * those withdrawn before acceptance ({@link Referral#receiverAccessEnds()}).
     */
    @Query("select r from Referral r where r.toAgencyId = :agencyId and r.status in :statuses"
            + " and (r.endedAt is null or r.endedAt > :endedSince)"
            + " and not (r.status = org.rabta.referrals.ReferralStatus.WITHDRAWN and r.acceptedAt is null)"
            + " order by r.sentAt desc")
    Slice<Referral> received(long agencyId, Collection<ReferralStatus> statuses, Instant endedSince, Pageable pageable);

    Slice<Referral> findByToAgencyIdAndOverdueTrueOrderBySentAtDesc(long toAgencyId, Pageable pageable);

    Slice<Referral> findByToAgencyIdAndStatusAndOverdueFalseAndDueAtBeforeOrderByDueAt(long toAgencyId, ReferralStatus status,
                                                                                        Instant before, Pageable pageable);

    Slice<Referral> findByFromAgencyIdAndStatusInOrderByCreatedAtDesc(long fromAgencyId, Collection<ReferralStatus> statuses, Pageable pageable);
}
