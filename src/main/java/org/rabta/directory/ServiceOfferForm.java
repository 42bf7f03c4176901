package org.rabta.directory;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** The directory entry of one service of an agency, as its supervisor or an admin edits it. */
public class ServiceOfferForm {

    private Set<Eligibility> eligibility = EnumSet.noneOf(Eligibility.class);
    private Set<String> districtCodes = new LinkedHashSet<>();
    private Integer capacityFree;
    private String contactPerson;
    private String contactPhone;
    private String contactEmail;
    private String notes;
    private Long version;

    public static ServiceOfferForm of(ServiceListing listing) {
        ServiceOfferForm form = new ServiceOfferForm();
        form.setEligibility(listing.eligibility().isEmpty() ? EnumSet.noneOf(Eligibility.class) : EnumSet.copyOf(listing.eligibility()));
        form.setDistrictCodes(new LinkedHashSet<>(listing.districtCodes()));
        form.setCapacityFree(listing.capacityFree());
        form.setContactPerson(listing.contactPerson());
        form.setContactPhone(listing.contactPhone());
        form.setContactEmail(listing.contactEmail());
        form.setNotes(listing.notes());
        form.setVersion(listing.version());
        return form;
    }

    public Set<Eligibility> getEligibility() {
        return eligibility;
    }

    public void setEligibility(Set<Eligibility> eligibility) {
        this.eligibility = eligibility == null ? EnumSet.noneOf(Eligibility.class) : eligibility;
    }

    public Set<String> getDistrictCodes() {
        return districtCodes;
    }

    public void setDistrictCodes(Set<String> districtCodes) {
        this.districtCodes = districtCodes == null ? new LinkedHashSet<>() : districtCodes;
    }

    public Integer getCapacityFree() {
        return capacityFree;
    }

    public void setCapacityFree(Integer capacityFree) {
        this.capacityFree = capacityFree;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
