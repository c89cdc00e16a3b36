package ch.mailbench.core.discovery;

import java.util.Objects;

/** How one source ended: what it found or why not, and how long it took. */
public record SourceReport(Source source, State state, String summary, long millis) {

    public enum State { FOUND, NOTHING, FAILED, TIMED_OUT, CANCELLED }

    public SourceReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        summary = summary == null ? "" : summary;
    }
}
