package org.rabta.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A term on a committee: who (a Rabta user, or an external person by name), for which agency, in which role, for
 * which sector when named (an external "Director Labour" of a general department), from which day to which day (inclusive; none = open-ended). Terms are never deleted: ending one sets its last
 * day, so the roster on any past date can be answered.
 */
@Entity
@Table(name = "committee_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id", nullable = false, updatable = false)
    private long committeeId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "external_name", updatable = false)
    private String externalName;

    private String designation;

    private String phone;

    private String email;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipRole role;

    /** The sector the seat represents, when the admin named one; otherwise the agency's sectors count. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Sector sector;

    @Column(name = "term_from", nullable = false)
    private LocalDate from;

    @Column(name = "term_to")
    private LocalDate to;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(long committeeId, Long userId, String externalName, String designation, String phone, String email,
               long agencyId, MembershipRole role, Sector sector, LocalDate from, LocalDate to, Instant createdAt,
               String createdBy) {
        this.committeeId = committeeId;
        this.userId = userId;
        this.externalName = externalName;
        this.designation = designation;
        this.phone = phone;
        this.email = email;
        this.agencyId = agencyId;
        this.role = role;
        this.sector = sector;
        this.from = from;
        this.to = to;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void endOn(LocalDate lastDay) {
        this.to = lastDay;
    }

    /** Whether the term includes the day (both ends inclusive). */
    public boolean isCurrentOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    boolean isSamePerson(Long otherUserId, String otherExternalName) {
        if (userId != null) {
            return userId.equals(otherUserId);
        }
        return otherExternalName != null && externalName.strip().equalsIgnoreCase(otherExternalName.strip());
    }

    public Long getId() {
        return id;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getExternalName() {
        return externalName;
    }

    public String getDesignation() {
        return designation;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public Sector getSector() {
        return sector;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
