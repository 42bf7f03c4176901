package org.rabta.accounts.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226) as authenticator apps compute them:
 * 30-second steps counted from the Unix epoch, HMAC-SHA1, six digits.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    /** The algorithm every authenticator app supports (the otpauth URI's default). */
    public static final String HMAC_SHA1 = "HmacSHA1";

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The step a moment falls in. */
    public static long step(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code of a step, as the app shows it. */
    public static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS, HMAC_SHA1);
    }

    /** RFC 6238 section 4 with any HMAC algorithm and length (the RFC's test vectors use eight digits). */
    public static String code(byte[] secret, long step, int digits, String hmacAlgorithm) {
        byte[] hash = hmac(hmacAlgorithm, secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        // Dynamic truncation (RFC 4226 section 5.3): four bytes at the offset named by the last nibble.
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** Compares in constant time, so the time taken says nothing about how many digits were right. */
    static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available: " + algorithm, e);
        }
    }
}
