package org.rabta.accounts;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a password must be, and the one-time passwords admins hand out. Long passphrases beat
 * complexity rules, so the rule is mainly length (NIST SP 800-63B), plus not containing the username.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    // No 0/O, 1/l/I: one-time passwords are read out over the phone.
    private static final String ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final SecureRandom random = new SecureRandom();

    /** The message code of the first rule the password breaks, if any. */
    Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account.password.error.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.password.error.tooLong");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.error.containsUsername");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("account.password.error.tooSimple");
        }
        return Optional.empty();
    }

    String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 5; i++) {
                password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
