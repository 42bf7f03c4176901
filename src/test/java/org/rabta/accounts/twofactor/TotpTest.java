package org.rabta.accounts.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The algorithm against the test vectors of RFC 6238 (appendix B) and the base-32 vectors of RFC 4648. */
class TotpTest {

    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} s, {2}")
    @CsvSource({
            "59, 94287082, HmacSHA1", "59, 46119246, HmacSHA256", "59, 90693936, HmacSHA512",
            "1111111109, 07081804, HmacSHA1", "1111111109, 68084774, HmacSHA256", "1111111109, 25091201, HmacSHA512",
            "1111111111, 14050471, HmacSHA1", "1111111111, 67062674, HmacSHA256", "1111111111, 99943326, HmacSHA512",
            "1234567890, 89005924, HmacSHA1", "1234567890, 91819424, HmacSHA256", "1234567890, 93441116, HmacSHA512",
            "2000000000, 69279037, HmacSHA1", "2000000000, 90698825, HmacSHA256", "2000000000, 38618901, HmacSHA512",
            "20000000000, 65353130, HmacSHA1", "20000000000, 77737706, HmacSHA256", "20000000000, 47863826, HmacSHA512"})
    void rfc6238TestVectors(long unixSeconds, String expected, String algorithm) {
        byte[] seed = switch (algorithm) {
            case "HmacSHA1" -> SEED_SHA1;
            case "HmacSHA256" -> SEED_SHA256;
            default -> SEED_SHA512;
        };
        long step = Totp.step(Instant.ofEpochSecond(unixSeconds));

        assertThat(Totp.code(seed, step, 8, algorithm)).isEqualTo(expected);
    }

    @Test
    void appCodesAreTheLastSixDigitsOfTheSha1Vectors() {
        // Six digits is the same truncation modulo 10^6: the RFC's SHA-1 values end in these digits.
        assertThat(Totp.code(SEED_SHA1, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SEED_SHA1, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
        assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523EC);
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32FollowsRfc4648WithoutPadding(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    void typedCodesAcceptUrduDigitsAndSpaces() {
        assertThat(SecondFactorService.digits(" ۱۲۳ ۴۵۶ ")).isEqualTo("123456");
        assertThat(SecondFactorService.digits("12a456")).isEmpty();
    }
}
