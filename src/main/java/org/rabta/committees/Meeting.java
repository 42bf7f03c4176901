package org.rabta.committees;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/** A committee meeting as recorded: when and where, the agenda, who attended (roster terms and guests), minutes and decisions. */
@Entity
@Table(name = "committee_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String place;

    @Column(nullable = false)
    private String agenda;

    private String minutes;

    private String decisions;

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "membership_id")
    @BatchSize(size = 50)
    private Set<Long> attendeeMembershipIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_guest", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("name")
    @BatchSize(size = 50)
    private List<Guest> guests = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long committeeId, LocalDate heldOn, String place, String agenda, String minutes, String decisions,
            Set<Long> attendeeMembershipIds, List<Guest> guests, String recordedBy, Instant recordedAt) {
        this.committeeId = committeeId;
        this.heldOn = heldOn;
        this.place = place;
        this.agenda = agenda;
        this.minutes = minutes;
        this.decisions = decisions;
        this.attendeeMembershipIds.addAll(attendeeMembershipIds);
        this.guests.addAll(guests);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public Set<Long> getAttendeeMembershipIds() {
        return Set.copyOf(attendeeMembershipIds);
    }

    public List<Guest> getGuests() {
        return List.copyOf(guests);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Someone from outside the roster who attended. */
    @Embeddable
    public record Guest(@Column(nullable = false) String name, String organisation) {
    }
}
