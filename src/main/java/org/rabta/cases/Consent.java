package org.rabta.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What the person agreed to, when and before whom, as the API's {@code consent} object shows it. The columns are
 * those of {@code victim_case} ({@code consent_...}); {@link CaseField} lists each value with its rules.
 */
@Embeddable
public class Consent {

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_data_processing", nullable = false)
    private ConsentStatus dataProcessing = ConsentStatus.NOT_ASKED;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_referral", nullable = false)
    private ConsentStatus referral = ConsentStatus.NOT_ASKED;

    @Column(name = "consent_date")
    private LocalDate date;

    @Column(name = "consent_recorded_by")
    private String recordedBy;

    @Column(name = "consent_on_behalf_of")
    private String onBehalfOf;

    protected Consent() {
    }

    /** The consent section of a validated, normalised form. */
    Consent(CaseForm form) {
        this.dataProcessing = form.getConsentDataProcessing();
        this.referral = form.getConsentReferral();
        this.date = form.getConsentDate();
        this.recordedBy = form.getConsentRecordedBy();
        this.onBehalfOf = form.getConsentOnBehalfOf();
    }

    void copyTo(CaseForm form) {
        form.setConsentDataProcessing(dataProcessing);
        form.setConsentReferral(referral);
        form.setConsentDate(date);
        form.setConsentRecordedBy(recordedBy);
        form.setConsentOnBehalfOf(onBehalfOf);
    }

    public ConsentStatus getDataProcessing() {
        return dataProcessing;
    }

    public ConsentStatus getReferral() {
        return referral;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }
}
