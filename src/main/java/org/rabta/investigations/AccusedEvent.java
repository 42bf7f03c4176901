package org.rabta.investigations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One step on an accused person's path. A charge sheet names its offences, a conviction the sentence for each (and
 * optionally a total); a charge sheet or hearing names the court, the court's case number and the next hearing.
 */
@Entity
@Table(name = "accused_event")
public class AccusedEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accused_id", nullable = false, updatable = false)
    private long accusedId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccusedEventType type;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accused_event_offence", joinColumns = @JoinColumn(name = "event_id"))
    private List<Sentence> offences = new ArrayList<>();

    @Column(name = "imprisonment_months", updatable = false)
    private Integer imprisonmentMonths;

    @Column(name = "fine_rupees", updatable = false)
    private Long fineRupees;

    @Column(updatable = false)
    private String court;

    @Column(name = "court_case_number", updatable = false)
    private String courtCaseNumber;

    @Column(name = "next_hearing_on", updatable = false)
    private LocalDate nextHearingOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AccusedEvent() {
    }

    AccusedEvent(long accusedId, EventDetails details, String recordedBy, Instant recordedAt) {
        this.accusedId = accusedId;
        this.type = details.type();
        this.occurredOn = details.on();
        this.offences = new ArrayList<>(details.offences());
        this.imprisonmentMonths = details.imprisonmentMonths();
        this.fineRupees = details.fineRupees();
        this.court = details.court();
        this.courtCaseNumber = details.courtCaseNumber();
        this.nextHearingOn = details.nextHearingOn();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccusedId() {
        return accusedId;
    }

    public AccusedEventType getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public List<Sentence> getOffences() {
        return List.copyOf(offences);
    }

    public Integer getImprisonmentMonths() {
        return imprisonmentMonths;
    }

    public Long getFineRupees() {
        return fineRupees;
    }

    public String getCourt() {
        return court;
    }

    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public LocalDate getNextHearingOn() {
        return nextHearingOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
