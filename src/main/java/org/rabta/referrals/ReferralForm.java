package org.rabta.referrals;

import org.rabta.directory.ServiceType;

/** The referral form's fields (bound from the request; the service checks them). */
public class ReferralForm {

    private ServiceType serviceType;
    private String toAgencyCode;
    private Urgency urgency = Urgency.NORMAL;
    private String message;
    private String consentOverrideReason;
    private Long replaces;
    private boolean draft;

    ReferralRequest toRequest() {
        return new ReferralRequest(toAgencyCode, serviceType, urgency, message, consentOverrideReason, replaces, draft);
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public void setServiceType(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    public String getToAgencyCode() {
        return toAgencyCode;
    }

    public void setToAgencyCode(String toAgencyCode) {
        this.toAgencyCode = toAgencyCode;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getConsentOverrideReason() {
        return consentOverrideReason;
    }

    public void setConsentOverrideReason(String consentOverrideReason) {
        this.consentOverrideReason = consentOverrideReason;
    }

    public Long getReplaces() {
        return replaces;
    }

    public void setReplaces(Long replaces) {
        this.replaces = replaces;
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }
}
