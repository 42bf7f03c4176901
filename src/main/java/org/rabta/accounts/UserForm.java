package org.rabta.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an admin enters to create or change a user. The username cannot change once created. Its format lets the empty
 * text pass, which {@code @NotBlank} refuses, so that an empty username is told once that it is required.
 */
public record UserForm(
        @NotBlank @Pattern(regexp = "|[a-z0-9][a-z0-9._-]{2,59}", message = "{admin.user.error.usernameFormat}") String username,
        @NotBlank @Size(max = 150) String fullName,
        @Size(max = 200) @Email String email,
        @Size(max = 30) @Pattern(regexp = "[+0-9 ()-]*", message = "{admin.user.error.phoneFormat}") String phone,
        @NotNull Long agencyId,
        @NotEmpty Set<Role> roles,
        Long version) {

    public UserForm {
        // Normalised before validation, so the format rule judges what will be stored.
        username = username == null ? null : Usernames.normalise(username);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static UserForm empty() {
        return new UserForm("", "", "", "", null, Set.of(), null);
    }

    public static UserForm of(UserAccount user) {
        return new UserForm(user.getUsername(), user.getFullName(), user.getEmail(), user.getPhone(),
                user.getAgency().getId(), user.getRoles(), user.getVersion());
    }

    /** This input on the user as it is now: its username, which cannot change, and its current version. */
    UserForm onCurrent(UserAccount current) {
        return new UserForm(current.getUsername(), fullName, email, phone, agencyId, roles, current.getVersion());
    }
}
