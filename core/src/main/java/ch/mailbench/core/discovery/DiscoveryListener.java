package ch.mailbench.core.discovery;

/**
 * Live news of a discovery run, for a console dialog that shows progress per source and the
 * candidates as they come. Called from background threads, possibly concurrently: an implementation
 * hands the news to its own thread (the EDT) and does no work here.
 */
public interface DiscoveryListener {

    default void sourceStarted(Source source) {
    }

    default void sourceFinished(SourceReport report) {
    }

    /** A candidate as one source found it, before merging and ranking (the result holds the ranked list). */
    default void candidateFound(Candidate candidate) {
    }

    static DiscoveryListener none() {
        return new DiscoveryListener() { };
    }
}
