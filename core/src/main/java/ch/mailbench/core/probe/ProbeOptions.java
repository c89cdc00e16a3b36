package ch.mailbench.core.probe;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How checks run: the timeout for connecting, each read and each write; how many connections
 * one host and all hosts together may have open; whether to keep a redacted protocol transcript;
 * and, when not the system's, the resolver that turns host names into the addresses connected to.
 */
public record ProbeOptions(Duration timeout, int perHostLimit, int globalLimit, boolean transcript,
                           Optional<HostResolver> resolver) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_PER_HOST = 2;
    public static final int DEFAULT_GLOBAL = 8;

    public ProbeOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("The timeout must be more than 0 and at most 10 minutes");
        }
        if (perHostLimit < 1 || globalLimit < 1) {
            throw new IllegalArgumentException("Connection limits must be at least 1");
        }
        Objects.requireNonNull(resolver, "resolver");
    }

    public static ProbeOptions defaults() {
        return new ProbeOptions(DEFAULT_TIMEOUT, DEFAULT_PER_HOST, DEFAULT_GLOBAL, false, Optional.empty());
    }

    public ProbeOptions withTimeout(Duration newTimeout) {
        return new ProbeOptions(newTimeout, perHostLimit, globalLimit, transcript, resolver);
    }

    public ProbeOptions withLimits(int perHost, int global) {
        return new ProbeOptions(timeout, perHost, global, transcript, resolver);
    }

    public ProbeOptions withTranscript(boolean keep) {
        return new ProbeOptions(timeout, perHostLimit, globalLimit, keep, resolver);
    }

    public ProbeOptions withResolver(HostResolver newResolver) {
        return new ProbeOptions(timeout, perHostLimit, globalLimit, transcript, Optional.of(newResolver));
    }

    /** The whole attempt may take at most this long, however slowly a server trickles bytes. */
    Duration attemptDeadline() {
        return timeout.multipliedBy(3);
    }
}
