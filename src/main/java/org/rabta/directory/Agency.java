package org.rabta.directory;

import static org.rabta.shared.Text.blankToNull;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.rabta.web.SupportedLocales;

/** An organisation whose staff use Rabta, or that receives referrals. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_ur")
    private String nameUr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction_level", nullable = false)
    private JurisdictionLevel jurisdictionLevel;

    @Column(name = "province_code")
    private String provinceCode;

    @ElementCollection
    @CollectionTable(name = "agency_district", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "district_code")
    @BatchSize(size = 50)
    private Set<String> districtCodes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agency_service", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "service_type")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    private Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);

    @Column(name = "contact_person")
    private String contactPerson;

    private String phone;

    private String email;

    private String address;

    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Agency() {
    }

    Agency(String code) {
        this.code = code;
    }

    void apply(AgencyForm form) {
        this.name = form.name().strip();
        this.nameUr = blankToNull(form.nameUr());
        this.type = form.type();
        this.jurisdictionLevel = form.jurisdictionLevel();
        this.provinceCode = form.jurisdictionLevel() == JurisdictionLevel.NATIONAL ? null : form.provinceCode();
        this.districtCodes.clear();
        if (form.jurisdictionLevel() == JurisdictionLevel.DISTRICTS) {
            this.districtCodes.addAll(form.districtCodes());
        }
        this.services.clear();
        this.services.addAll(form.services());
        this.contactPerson = blankToNull(form.contactPerson());
        this.phone = blankToNull(form.phone());
        this.email = blankToNull(form.email());
        this.address = blankToNull(form.address());
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameUr() {
        return nameUr;
    }

    /** The Urdu name on Urdu screens when there is one, else the official (English) name. */
    public String displayName(Locale locale) {
        return label().displayName(locale);
    }

    public Label label() {
        return new Label(code, name, nameUr, type);
    }

    /**
     * What names an agency on a page, and its type (which decides, for instance, whether it investigates), without its
     * districts and services: small enough to keep in memory.
     */
    public record Label(String code, String name, String nameUr, AgencyType type) {

        /** The Urdu name on Urdu screens when there is one, else the official (English) name. */
        public String displayName(Locale locale) {
            return SupportedLocales.name(locale, name, nameUr);
        }
    }

    public AgencyType getType() {
        return type;
    }

    public JurisdictionLevel getJurisdictionLevel() {
        return jurisdictionLevel;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public Set<String> getDistrictCodes() {
        return Set.copyOf(districtCodes);
    }

    public Set<ServiceType> getServices() {
        return services.isEmpty() ? Set.of() : EnumSet.copyOf(services);
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
