package org.rabta.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The zero-setup database: durable settings, and no connection without the password kept in its data directory. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aNewDataDirectoryGetsAnOwnerOnlyPasswordAndDurableSettings() throws Exception {
        String password;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, freePort())) {
            password = server.password();
            Path file = dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(server.jdbcUrl()).doesNotContain(password);

            assertThatThrownBy(() -> connect(server.port(), null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server.port(), "postgres")).isInstanceOf(SQLException.class);
            try (Connection db = connect(server.port(), password)) {
                assertThat(setting(db, "fsync")).isEqualTo("on");
                assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(db, "full_page_writes")).isEqualTo("on");
            }
        }
        // The next start reads the same password.
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDirectory, freePort())) {
            assertThat(again.password()).isEqualTo(password);
            connect(again.port(), password).close();
            assertThatThrownBy(() -> connect(again.port(), null)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionKeepsItsDataAndGetsThePassword() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).start();
             Connection db = earlier.getPostgresDatabase().getConnection();
             Statement statement = db.createStatement()) {
            statement.execute("create table kept (name text); insert into kept values ('still here')");
        }
        assertThat(dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).doesNotExist();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, port)) {
            assertThatThrownBy(() -> connect(server.port(), null)).isInstanceOf(SQLException.class);
            try (Connection db = connect(server.port(), server.password());
                 ResultSet kept = db.createStatement().executeQuery("select name from kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("still here");
                assertThat(setting(db, "fsync")).isEqualTo("on");
            }
        }
    }

    @Test
    void aPasswordFileOthersCouldReadIsMadeOwnerOnly() throws Exception {
        Path file = dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, freePort())) {
            assertThat(server.password()).isNotBlank();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, freePort())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
    }

    private static String setting(Connection db, String name) throws SQLException {
        try (ResultSet result = db.createStatement().executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
