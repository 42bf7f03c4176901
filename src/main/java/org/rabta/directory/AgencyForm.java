package org.rabta.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an admin enters to create or change an agency. The code's format lets the empty text pass, which
 * {@code @NotBlank} refuses, so that an empty code is told once that it is required.
 */
public record AgencyForm(
        @NotBlank @Pattern(regexp = "|[A-Z0-9][A-Z0-9-]{1,39}", message = "{admin.agency.error.codeFormat}") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameUr,
        @NotNull AgencyType type,
        @NotNull JurisdictionLevel jurisdictionLevel,
        String provinceCode,
        Set<String> districtCodes,
        Set<ServiceType> services,
        @Size(max = 120) String contactPerson,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "{admin.agency.error.phoneFormat}") String phone,
        @Size(max = 200) @Email String email,
        @Size(max = 300) String address,
        Long version) {

    public AgencyForm {
        districtCodes = districtCodes == null ? Set.of() : Set.copyOf(districtCodes);
        services = services == null ? Set.of() : Set.copyOf(services);
    }

    public static AgencyForm empty() {
        return new AgencyForm("", "", "", null, JurisdictionLevel.NATIONAL, null, Set.of(), Set.of(), "", "", "", "", null);
    }

    public static AgencyForm of(Agency agency) {
        return new AgencyForm(agency.getCode(), agency.getName(), agency.getNameUr(), agency.getType(),
                agency.getJurisdictionLevel(), agency.getProvinceCode(), agency.getDistrictCodes(), agency.getServices(),
                agency.getContactPerson(), agency.getPhone(), agency.getEmail(), agency.getAddress(), agency.getVersion());
    }

    /** This input on the agency as it is now: its code, which cannot change, and its current version. */
    AgencyForm onCurrent(Agency current) {
        return new AgencyForm(current.getCode(), name, nameUr, type, jurisdictionLevel, provinceCode, districtCodes, services,
                contactPerson, phone, email, address, current.getVersion());
    }
}
