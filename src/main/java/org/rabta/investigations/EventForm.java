package org.rabta.investigations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that records a step of an accused person's path. A charge sheet's offences are ticked; a conviction's
 * sentence is given per offence charged, in the offence's months and rupees fields (left empty: no sentence for it).
 */
public class EventForm {

    private AccusedEventType type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    private Set<Offence> offences = EnumSet.noneOf(Offence.class);
    private List<SentenceRow> sentences = new ArrayList<>();
    private String court;
    private String courtCaseNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextHearingOn;

    /** One offence charged, with the sentence a conviction passes for it. */
    public static class SentenceRow {
        private Offence offence;
        private Integer imprisonmentMonths;
        private Long fineRupees;

        public SentenceRow() {
        }

        SentenceRow(Offence offence) {
            this.offence = offence;
        }

        public Offence getOffence() {
            return offence;
        }

        public void setOffence(Offence offence) {
            this.offence = offence;
        }

        public Integer getImprisonmentMonths() {
            return imprisonmentMonths;
        }

        public void setImprisonmentMonths(Integer imprisonmentMonths) {
            this.imprisonmentMonths = imprisonmentMonths;
        }

        public Long getFineRupees() {
            return fineRupees;
        }

        public void setFineRupees(Long fineRupees) {
            this.fineRupees = fineRupees;
        }
    }

    static EventForm forOffences(Set<Offence> charged) {
        EventForm form = new EventForm();
        charged.stream().sorted().forEach(offence -> form.sentences.add(new SentenceRow(offence)));
        return form;
    }

    EventRequest toRequest() {
        List<EventRequest.SentenceRequest> passed = type != AccusedEventType.CONVICTED ? List.of() : sentences.stream()
                .filter(row -> row.imprisonmentMonths != null || row.fineRupees != null)
                .map(row -> new EventRequest.SentenceRequest(row.offence, row.imprisonmentMonths, row.fineRupees)).toList();
        return new EventRequest(type, on, type == AccusedEventType.CHARGE_SHEET ? new ArrayList<>(offences) : List.of(), passed,
                null, null, court, courtCaseNumber, nextHearingOn);
    }

    public AccusedEventType getType() {
        return type;
    }

    public void setType(AccusedEventType type) {
        this.type = type;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Set<Offence> getOffences() {
        return offences;
    }

    public void setOffences(Set<Offence> offences) {
        this.offences = offences == null ? EnumSet.noneOf(Offence.class) : offences;
    }

    public List<SentenceRow> getSentences() {
        return sentences;
    }

    public void setSentences(List<SentenceRow> sentences) {
        this.sentences = sentences == null ? new ArrayList<>() : sentences;
    }

    public String getCourt() {
        return court;
    }

    public void setCourt(String court) {
        this.court = court;
    }

    public String getCourtCaseNumber() {
        return courtCaseNumber;
    }

    public void setCourtCaseNumber(String courtCaseNumber) {
        this.courtCaseNumber = courtCaseNumber;
    }

    public LocalDate getNextHearingOn() {
        return nextHearingOn;
    }

    public void setNextHearingOn(LocalDate nextHearingOn) {
        this.nextHearingOn = nextHearingOn;
    }
}
