package ch.mailbench.core.discovery;

import java.util.List;
import java.util.Objects;

/** How one source ended: what it found or why not (worded by {@link EvidenceTexts#summary}), and how long it took. */
public record SourceReport(Source source, State state, List<Evidence> summary, long millis) {

    public enum State { FOUND, NOTHING, FAILED, TIMED_OUT, CANCELLED }

    public SourceReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        summary = List.copyOf(summary);
    }
}
