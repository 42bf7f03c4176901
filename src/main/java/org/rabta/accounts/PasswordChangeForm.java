package org.rabta.accounts;

import jakarta.validation.constraints.NotBlank;

public record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
                                 @NotBlank String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
