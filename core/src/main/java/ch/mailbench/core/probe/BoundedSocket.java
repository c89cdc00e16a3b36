package ch.mailbench.core.probe;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;

/**
 * A connection whose incoming bytes are bounded: no line longer than {@link #MAX_LINE} bytes and at
 * most {@link #MAX_TOTAL} bytes in all, so a hostile or broken server cannot make the client
 * buffer without end. Past a bound the read fails with {@link OversizedResponseException} and the
 * attempt's {@link OpenSockets} learns how much came. Delegates everything else to the real socket,
 * so TLS can be layered over it (implicit TLS and STARTTLS both pass through here).
 */
final class BoundedSocket extends Socket {

    /** Far above any greeting, capability list or certificate chain a mail server sends. */
    static final int MAX_LINE = 64 * 1024;
    static final int MAX_TOTAL = 256 * 1024;

    private final Socket inner;
    private final OpenSockets open;
    private InputStream input;

    BoundedSocket(Socket inner, OpenSockets open) {
        this.inner = inner;
        this.open = open;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (input == null) {
            input = new Bounded(inner.getInputStream());
        }
        return input;
    }

    @Override public OutputStream getOutputStream() throws IOException { return inner.getOutputStream(); }
    @Override public void connect(SocketAddress endpoint) throws IOException { inner.connect(endpoint); }
    @Override public void connect(SocketAddress endpoint, int timeout) throws IOException { inner.connect(endpoint, timeout); }
    @Override public void bind(SocketAddress bindpoint) throws IOException { inner.bind(bindpoint); }
    @Override public InetAddress getInetAddress() { return inner.getInetAddress(); }
    @Override public InetAddress getLocalAddress() { return inner.getLocalAddress(); }
    @Override public int getPort() { return inner.getPort(); }
    @Override public int getLocalPort() { return inner.getLocalPort(); }
    @Override public SocketAddress getRemoteSocketAddress() { return inner.getRemoteSocketAddress(); }
    @Override public SocketAddress getLocalSocketAddress() { return inner.getLocalSocketAddress(); }
    @Override public void setTcpNoDelay(boolean on) throws SocketException { inner.setTcpNoDelay(on); }
    @Override public boolean getTcpNoDelay() throws SocketException { return inner.getTcpNoDelay(); }
    @Override public void setSoLinger(boolean on, int linger) throws SocketException { inner.setSoLinger(on, linger); }
    @Override public int getSoLinger() throws SocketException { return inner.getSoLinger(); }
    @Override public void setSoTimeout(int timeout) throws SocketException { inner.setSoTimeout(timeout); }
    @Override public int getSoTimeout() throws SocketException { return inner.getSoTimeout(); }
    @Override public void setKeepAlive(boolean on) throws SocketException { inner.setKeepAlive(on); }
    @Override public boolean getKeepAlive() throws SocketException { return inner.getKeepAlive(); }
    @Override public void close() throws IOException { inner.close(); }
    @Override public void shutdownInput() throws IOException { inner.shutdownInput(); }
    @Override public void shutdownOutput() throws IOException { inner.shutdownOutput(); }
    @Override public boolean isConnected() { return inner.isConnected(); }
    @Override public boolean isBound() { return inner.isBound(); }
    @Override public boolean isClosed() { return inner.isClosed(); }
    @Override public boolean isInputShutdown() { return inner.isInputShutdown(); }
    @Override public boolean isOutputShutdown() { return inner.isOutputShutdown(); }
    @Override public String toString() { return "bounded " + inner; }

    /** Counts what arrives; past a bound, tells the attempt and fails the read. */
    private final class Bounded extends FilterInputStream {
        private long total;
        private long line;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count((byte) b);
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + Math.max(n, 0); i++) {
                count(buffer[i]);
            }
            check();
            return n;
        }

        private void count(byte b) {
            total++;
            line = b == '\n' ? 0 : line + 1;
        }

        private void check() throws IOException {
            if (line > MAX_LINE || total > MAX_TOTAL) {
                open.overflowed(total);
                throw new OversizedResponseException(total);
            }
        }
    }
}
