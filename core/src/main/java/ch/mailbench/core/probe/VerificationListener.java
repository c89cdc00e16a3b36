package ch.mailbench.core.probe;

/**
 * Hears about each mailbox of a run as soon as its result is recorded. Called on the run's worker
 * threads: a console hands the report to its UI thread.
 */
@FunctionalInterface
public interface VerificationListener {

    void checked(MailboxReport report);
}
