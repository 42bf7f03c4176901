package org.rabta.accounts.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Recovery codes: 16 base-32 characters (80 random bits) shown as XXXX-XXXX-XXXX-XXXX. With that much entropy a
 * SHA-256 hash (salted with the user id) is enough at rest; a slow hash would only make each sign-in slower.
 */
final class RecoveryCodes {

    static final int COUNT = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> {
            byte[] bytes = new byte[10];
            RANDOM.nextBytes(bytes);
            String code = Base32.encode(bytes);
            return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
        }).toList();
    }

    /** The code as typed, without spaces and dashes, in capitals; empty when it cannot be a recovery code. */
    static String normalise(String typed) {
        String code = typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
        return code.length() == 16 && code.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7')) ? code : "";
    }

    static String hash(long userId, String normalisedCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((userId + ":" + normalisedCode).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
