package org.rabta.referrals;

import static org.rabta.referrals.Referral.MAX_MESSAGE;
import static org.rabta.referrals.Referral.MAX_REASON;
import static org.rabta.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.cases.CasesApi;
import org.rabta.cases.Sex;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.directory.Eligibility;
import org.rabta.directory.ServiceDirectory;
import org.rabta.directory.ServiceListing;
import org.rabta.directory.ServiceType;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making a referral from a case of the user's agency: the case it is made from, the providers of a service for that
 * person, referring again elsewhere after a decline, and the referral itself, sent at once (under
 * {@link ReferralConsent}'s rule) or kept as a draft. Every read of the case and the making are audited.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class NewReferrals {

    private final ReferralRepository referrals;
    private final ReferralAccess access;
    private final ReferralMoves moves;
    private final ReferralTimeline timeline;
    private final CasesApi cases;
    private final AgencyService agencies;
    private final ServiceDirectory directory;
    private final AuditTrail audit;
    private final Clock clock;

    /** The case a referral is made from: the user's agency must own it. An audited read. */
    @Transactional
    public VictimCase caseToRefer(RabtaUser user, String caseNumber) {
        ReferralAccess.requireStaff(user);
        return cases.get(user, caseNumber);
    }

    /**
     * Providers of a service for the case: other active agencies offering it to someone like this person. Those
     * offering it in the case's district come first; when there is none, those elsewhere in the province, then
     * in other provinces (each marked by its {@link ServiceListing.Reach}).
     */
    public List<ProviderOption> providers(VictimCase victimCase, ServiceType type, Set<Long> excludedAgencyIds) {
        if (type == null) {
            return List.of();
        }
        String province = victimCase.getProvinceCode();
        Set<Eligibility> needed = eligibilityNeeded(victimCase);
        List<ProviderOption> options = directory.offering(type).stream()
                .filter(listing -> !excludedAgencyIds.contains(listing.agencyId()) && listing.accepts(needed))
                .map(listing -> new ProviderOption(listing, listing.reachFrom(victimCase.getDistrictCode(), province)))
                .sorted(Comparator.comparing(ProviderOption::reach).thenComparing(option -> option.listing().agencyName()))
                .toList();
        boolean anyLocal = options.stream().anyMatch(ProviderOption::isLocal);
        return anyLocal ? options.stream().filter(ProviderOption::isLocal).toList() : options;
    }

    /** A declined referral of the user's agency, to prefill "refer again elsewhere". */
    public Referral declinedToReferAgain(RabtaUser user, long referralId) {
        Referral referral = access.visible(user, referralId);
        if (referral.getFromAgencyId() != user.agencyId() || referral.getStatus() != ReferralStatus.DECLINED) {
            throw new BusinessRuleException("referrals.error.referAgainOnlyDeclined");
        }
        return referral;
    }

    /**
     * Makes a referral from a case of the user's agency: sent at once, or kept as a draft. Sending needs the
     * person's recorded consent, or a supervisor's written reason for an emergency referral without it (audited
     * and shown on the referral). Nothing is saved when a rule is broken.
     */
    @Transactional
    public Referral create(RabtaUser user, String caseNumber, ReferralRequest request) {
        VictimCase victimCase = caseToRefer(user, caseNumber);
        List<Violation> problems = new ArrayList<>();
        if (request.serviceType() == null) {
            problems.add(Violation.of("serviceType", "referrals.error.serviceRequired"));
        }
        if (request.urgency() == null) {
            problems.add(Violation.of("urgency", "referrals.error.urgencyRequired"));
        }
        String message = blankToNull(request.message());
        if (message != null && message.length() > MAX_MESSAGE) {
            problems.add(Violation.of("message", "referrals.error.tooLong", MAX_MESSAGE));
        }
        String override = blankToNull(request.consentOverrideReason());
        if (override != null && override.length() > MAX_REASON) {
            problems.add(Violation.of("consentOverrideReason", "referrals.error.tooLong", MAX_REASON));
        }
        Agency to = null;
        if (request.toAgencyCode() == null || request.toAgencyCode().isBlank()) {
            problems.add(Violation.of("toAgencyCode", "referrals.error.providerRequired"));
        } else if (request.serviceType() != null) {
            to = agencies.findByCode(request.toAgencyCode()).filter(Agency::isActive).orElse(null);
            Optional<ServiceListing> offer = to == null || to.getId() == user.agencyId() ? Optional.empty()
                    : offer(request.serviceType(), to.getId());
            if (offer.isEmpty()) {
                problems.add(Violation.of("toAgencyCode", "referrals.error.providerNotOffering"));
            } else if (!offer.get().accepts(eligibilityNeeded(victimCase))) {
                problems.add(Violation.of("toAgencyCode", "referrals.error.providerNotEligible"));
            }
        }
        Referral replaced = request.replaces() == null ? null : declinedToReferAgain(user, request.replaces());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!request.draft()) {
            ReferralConsent.checkBeforeSending(user, victimCase, request.urgency(), override);
        }
        Instant now = clock.instant();
        Referral referral = new Referral(victimCase.getId(), victimCase.getCaseNumber(), victimCase.getProvinceCode(),
                victimCase.getDistrictCode(), Boolean.TRUE.equals(victimCase.isChild()), user.agencyId(), to.getId(),
                request.serviceType(), request.urgency(), message, replaced == null ? null : replaced.getId(), user.id(),
                user.fullName(), now);
        if (override != null && !ReferralConsent.recorded(victimCase)) {
            referral.overrideConsent(override, user.fullName());
        }
        referrals.saveAndFlush(referral);
        timeline.add(referral.getId(), now, ReferralEventType.CREATED, user.username(), user.fullName(), user.agencyCode(), message);
        audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_CREATED,
                victimCase.getCaseNumber(), describe(referral, to)));
        if (referral.getConsentOverrideReason() != null) {
            audit.record(AuditRecord.forCase(ReferralAuditAction.REFERRAL_CONSENT_OVERRIDDEN,
                    victimCase.getCaseNumber(),
                    "referral " + referral.getId() + ": " + referral.getConsentOverrideReason()));
        }
        if (!request.draft()) {
            moves.move(user, referral, ReferralAction.SEND, null, null);
        }
        return referral;
    }

    /** The agency's offer of the service, anywhere (the form ranks by distance), if it offers it at all. */
    private Optional<ServiceListing> offer(ServiceType type, long agencyId) {
        return directory.offering(type).stream().filter(listing -> listing.agencyId() == agencyId).findFirst();
    }

    private static Set<Eligibility> eligibilityNeeded(VictimCase victimCase) {
        Sex sex = victimCase.getPerson().getSex();
        return Eligibility.neededBy(sex == null ? null : Eligibility.Sex.valueOf(sex.name()), victimCase.isChild());
    }

    private static String describe(Referral referral, Agency to) {
        return "referral %d: %s, %s, to %s%s".formatted(referral.getId(), referral.getServiceType(), referral.getUrgency(),
                to.getCode(), referral.isChild() ? ", child" : "");
    }
}
