package org.hazardbridge.common;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;

/** A request body a filter has already read, or made anew, for what comes after it to read, blocking. */
public final class BytesInputStream extends ServletInputStream {

    private final ByteArrayInputStream bytes;

    public BytesInputStream(byte[] body) {
        this.bytes = new ByteArrayInputStream(body);
    }

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
        throw new UnsupportedOperationException("this body is read blocking");
    }
}
