package org.rabta.referrals;

import java.time.Instant;
import java.util.Map;
import org.rabta.directory.Agency;
import org.rabta.directory.ServiceType;

/** A referral on the API. No personal data of the victim: the case number leads to it for those who may read it. */
record ReferralJson(long id, String caseNumber, ReferralStatus status, ServiceType serviceType, Urgency urgency,
                    String fromAgencyCode, String toAgencyCode, String message, String consentOverrideReason,
                    String consentOverrideBy, String declineReason, String outcomeNote, String servicesDelivered,
                    String withdrawReason, Long replacesReferralId, Instant createdAt, Instant sentAt, Instant dueAt,
                    Instant acceptedAt, Instant declinedAt, Instant startedAt, Instant completedAt, Instant withdrawnAt,
                    boolean overdue, long version) {

    static ReferralJson of(Referral r, Map<Long, Agency> agencies) {
        return new ReferralJson(r.getId(), r.getCaseNumber(), r.getStatus(), r.getServiceType(), r.getUrgency(),
                agencies.get(r.getFromAgencyId()).getCode(), agencies.get(r.getToAgencyId()).getCode(), r.getMessage(),
                r.getConsentOverrideReason(), r.getConsentOverrideBy(), r.getDeclineReason(), r.getOutcomeNote(),
                r.getServicesDelivered(), r.getWithdrawReason(), r.getReplacesReferralId(), r.getCreatedAt(), r.getSentAt(),
                r.getDueAt(), r.getAcceptedAt(), r.getDeclinedAt(), r.getStartedAt(), r.getCompletedAt(), r.getWithdrawnAt(),
                r.isOverdue(), r.getVersion());
    }
}
