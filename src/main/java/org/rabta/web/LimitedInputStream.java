package org.rabta.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import org.rabta.shared.InputTooLargeException;

/**
 * A request body that stops at its limit, for bodies whose length is not declared (chunked) or declared falsely. For
 * JSON it also follows the nesting of objects and arrays outside strings, and stops beyond the allowed depth, before
 * any parser builds the tree.
 */
class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream body;
    private final long maxBytes;
    private final int maxDepth;
    private final String sizeMessage;
    private final Object sizeArgument;
    private long read;
    private int depth;
    private boolean inString;
    private boolean escaped;

    /** @param maxDepth the deepest JSON nesting allowed, or 0 for a body that is not JSON */
    LimitedInputStream(ServletInputStream body, long maxBytes, int maxDepth, String sizeMessage, Object sizeArgument) {
        this.body = body;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.sizeMessage = sizeMessage;
        this.sizeArgument = sizeArgument;
    }

    @Override
    public int read() throws IOException {
        int b = body.read();
        if (b >= 0) {
            count(1);
            follow(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = body.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            for (int i = offset; i < offset + n; i++) {
                follow(buffer[i]);
            }
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > maxBytes) {
            throw new InputTooLargeException(sizeMessage, sizeArgument);
        }
    }

    private void follow(int b) {
        if (maxDepth == 0) {
            return;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
        } else if (b == '"') {
            inString = true;
        } else if (b == '{' || b == '[') {
            if (++depth > maxDepth) {
                throw new InputTooLargeException("limits.json.tooDeep", maxDepth);
            }
        } else if (b == '}' || b == ']') {
            depth--;
        }
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }
}
