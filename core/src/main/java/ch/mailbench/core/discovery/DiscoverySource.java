package ch.mailbench.core.discovery;

/** One source of candidates. Runs on its own thread, offers its candidates to the run, and says how it ended. */
interface DiscoverySource {

    Source kind();

    /** Works until the run's deadline at most; returns a one-line summary for the progress display. */
    SourceReport find(Run run) throws Exception;
}
