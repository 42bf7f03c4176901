package org.rabta.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup PostgreSQL, made fit for real work: durable, and closed to anyone without its password.
 * <p>
 * The zonky binaries are made for tests: {@code initdb -A trust} lets any local user connect as the superuser
 * without a password, and the server starts with {@code -F} (fsync off) and {@code synchronous_commit=off}, so a
 * power cut can lose or corrupt committed data. Here the server runs with {@code fsync}, {@code synchronous_commit}
 * and {@code full_page_writes} on (passed after zonky's own options, so they win), and the superuser has a generated
 * password kept in {@value #PASSWORD_FILE} in the data directory, readable by its owner only (0600): created at the
 * first start, read at every later one. A data directory from an earlier version of Rabta (still trusting every
 * local connection) gets the password and the password-only {@code pg_hba.conf} at its first start with this one.
 */
public final class EmbeddedPostgresServer implements Closeable {

    static final String PASSWORD_FILE = "rabta-superuser.password";
    static final String USER = "postgres";
    private static final String HBA_MARKER = "# Rabta: every connection needs the superuser's password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts PostgreSQL on this data directory (creating the cluster when the directory is empty) and port. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
        String password = Files.exists(passwordFile) ? readPassword(passwordFile) : newPassword();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // zonky's own readiness check connects too: with the password once pg_hba.conf asks for it.
                .setConnectConfig("password", password)
                // Written once the cluster exists (initdb wants an empty directory), before the server starts.
                .setDataDirectoryCustomizer(directory -> keepPassword(passwordFile, password))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
        try {
            server.requirePassword(dataDirectory.resolve("pg_hba.conf"));
        } catch (IOException | SQLException | RuntimeException e) {
            server.close();
            throw new IOException("Could not require a password on the embedded PostgreSQL in " + dataDirectory, e);
        }
        return server;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    /** The URL without credentials, so that no log line that names the URL shows the password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * Sets the superuser's password and replaces zonky's all-trusting {@code pg_hba.conf}, unless an earlier start
     * did so already. Until the reload the server still trusts local connections, as it did before this start.
     */
    private void requirePassword(Path hbaFile) throws IOException, SQLException {
        if (Files.readString(hbaFile, StandardCharsets.UTF_8).startsWith(HBA_MARKER)) {
            return;
        }
        log.info("Securing the embedded PostgreSQL: a password for its superuser, kept in {}", hbaFile.resolveSibling(PASSWORD_FILE));
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // The password is base64url (letters, digits, '-' and '_'), safe inside the literal.
            statement.execute("alter role " + USER + " with password '" + password + "'");
            Files.writeString(hbaFile, String.join("\n", HBA_MARKER + " (" + PASSWORD_FILE + ", owner-only).",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""), StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        }
    }

    private static String readPassword(Path file) throws IOException {
        restrictToOwner(file);
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** 192 random bits, base64url. */
    private static String newPassword() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    private static void keepPassword(Path file, String password) {
        if (Files.exists(file)) {
            return;
        }
        try {
            createOwnerOnly(file);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded PostgreSQL's password in " + file, e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Created with the permissions in the same system call, so the file is never readable by others, not for a moment. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (supportsPosix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
            restrictToOwner(file);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (supportsPosix(file)) {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by others: now owner-only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } else {
            boolean restricted = file.toFile().setReadable(false, false) && file.toFile().setReadable(true, true)
                    && file.toFile().setWritable(false, false) && file.toFile().setWritable(true, true);
            if (!restricted) {
                log.warn("Could not make {} readable by its owner only", file);
            }
        }
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
