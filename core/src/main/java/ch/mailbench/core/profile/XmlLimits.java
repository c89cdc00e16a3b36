package ch.mailbench.core.profile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What the profile readers accept before they refuse a document: real autoconfig and autodiscover
 * files are a few kilobytes and a handful of levels deep, while files fetched from the network may
 * be hostile (endless nesting overflows the stack, a huge file the heap). Discovery code fetching
 * such files can stop reading at {@link #MAX_BYTES} itself; the parsers enforce both limits anyway.
 */
public final class XmlLimits {

    /** The largest document read, in bytes. */
    public static final int MAX_BYTES = 1_000_000;
    /** The deepest element nesting read (the root element is level 1). */
    public static final int MAX_DEPTH = 32;

    private XmlLimits() {
    }

    static ProfileFormatException tooLarge(String what) {
        return new ProfileFormatException(String.format(Locale.ROOT, "The %s is larger than %,d bytes; no real configuration is", what, MAX_BYTES));
    }

    static ProfileFormatException tooDeep(String what, int line) {
        return new ProfileFormatException("The " + what + " nests elements deeper than " + MAX_DEPTH + " levels (line " + line
                + "); no real configuration does");
    }

    /** Counts what the parser reads and stops it past {@link #MAX_BYTES}. */
    static InputStream bounded(InputStream in) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    count(read);
                }
                return read;
            }

            private void count(int read) throws IOException {
                count += read;
                if (count > MAX_BYTES) {
                    throw new TooLargeException();
                }
            }
        };
    }

    /** Thrown through the XML parser, which wraps it; recognised by {@link #isTooLarge(Throwable)}. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("document too large");
        }
    }

    static boolean isTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLargeException) {
                return true;
            }
            if (cause instanceof javax.xml.stream.XMLStreamException stream && stream.getNestedException() instanceof TooLargeException) {
                return true;
            }
        }
        return false;
    }
}
