package org.rabta.accounts.twofactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest (AES-256-GCM), so a copy of the database alone does not give anyone the
 * second factor. The key comes from {@code RABTA_MFA_KEY} (32 bytes, base 64); without it, and only where a
 * key file is configured (the demo profile: {@code ./data/mfa.key}), a key is generated once into that
 * owner-only file. Without either Rabta does not start: a secret must never be stored in clear.
 */
@Component
class TotpSecretCipher {

    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    TotpSecretCipher(@Value("${rabta.security.mfa.key:}") String configuredKey,
                     @Value("${rabta.security.mfa.key-file:}") String keyFile) {
        this.key = new SecretKeySpec(keyBytes(configuredKey, keyFile), "AES");
    }

    /** The secret encrypted, bound to its user (a secret copied to another user's row does not decrypt). */
    String encrypt(long userId, byte[] secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, userId, secret);
        return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    byte[] decrypt(long userId, String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown TOTP secret format");
        }
        byte[] data = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        byte[] iv = Arrays.copyOf(data, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(data, IV_BYTES, data.length);
        return run(Cipher.DECRYPT_MODE, iv, userId, sealed);
    }

    private byte[] run(int mode, byte[] iv, long userId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(("rabta-totp:" + userId).getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TOTP secret could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted")
                    + " (was RABTA_MFA_KEY changed?)", e);
        }
    }

    private static byte[] keyBytes(String configuredKey, String keyFile) {
        if (!configuredKey.isBlank()) {
            return checked(Base64.getDecoder().decode(configuredKey.strip()), "RABTA_MFA_KEY");
        }
        if (keyFile.isBlank()) {
            throw new IllegalStateException("Set RABTA_MFA_KEY to 32 random bytes in base 64 (for example `openssl rand -base64 32`): "
                    + "it encrypts the authenticator secrets of the second sign-in factor.");
        }
        return checked(Base64.getDecoder().decode(readOrCreate(Path.of(keyFile)).strip()), keyFile);
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            String encoded = Base64.getEncoder().encodeToString(generated);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "mfa", ".key");
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, encoded + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static byte[] checked(byte[] key, String source) {
        if (key.length != 32) {
            throw new IllegalStateException(source + " must hold 32 bytes (base 64), not " + key.length);
        }
        return key;
    }
}
