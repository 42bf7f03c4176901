package org.rabta.committees;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new term on a roster: a Rabta user ({@code username}) or an external person ({@code externalName},
 * designation and contact), the agency they represent, their role, the term (last day inclusive, none for
 * open-ended) and optionally the sector the seat represents (none: the agency's sectors).
 */
public record MembershipForm(
        @Size(max = 60) String username,
        @Size(max = 150) String externalName,
        @Size(max = 150) String designation,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "{committees.error.phoneFormat}") String phone,
        @Size(max = 200) @Email String email,
        @NotBlank String agencyCode,
        @NotNull MembershipRole role,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Sector sector) {

    public static MembershipForm startingOn(LocalDate from) {
        return new MembershipForm("", "", "", "", "", "", MembershipRole.MEMBER, from, null, null);
    }
}
