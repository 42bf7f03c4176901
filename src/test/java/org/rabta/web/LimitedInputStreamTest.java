package org.rabta.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rabta.shared.InputTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guard for bodies without a declared length: bytes counted as read, JSON nesting followed outside strings. */
class LimitedInputStreamTest {

    @Test
    void stopsWhenTheBodyPassesItsLimit() {
        LimitedInputStream body = limited("x".repeat(101), 100, 0);
        assertThatThrownBy(body::readAllBytes).isInstanceOf(InputTooLargeException.class)
                .extracting(e -> ((InputTooLargeException) e).messageCode()).isEqualTo("limits.json.tooLarge");
    }

    @Test
    void readsABodyUpToItsLimit() throws IOException {
        assertThat(limited("x".repeat(100), 100, 0).readAllBytes()).hasSize(100);
    }

    @Test
    void stopsJsonNestedDeeperThanAllowed() {
        String deep = "[".repeat(21) + "]".repeat(21);
        assertThatThrownBy(() -> limited(deep, 1000, 20).readAllBytes()).isInstanceOf(InputTooLargeException.class)
                .extracting(e -> ((InputTooLargeException) e).messageCode()).isEqualTo("limits.json.tooDeep");
    }

    @Test
    void countsOnlyTheBracketsOutsideStrings() throws IOException {
        String nested = "{\"a\":".repeat(20) + "\"[[[[{{{{ \\\" [[[[\"" + "}".repeat(20);
        assertThat(limited(nested, 10_000, 20).readAllBytes()).hasSize(nested.length());
        String siblings = "[" + "[1],".repeat(1000) + "[2]]";
        assertThat(limited(siblings, 10_000, 2).readAllBytes()).hasSize(siblings.length());
    }

    private static LimitedInputStream limited(String body, long maxBytes, int maxDepth) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ServletInputStream servlet = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        return new LimitedInputStream(servlet, maxBytes, maxDepth, "limits.json.tooLarge", "1 KB");
    }
}
