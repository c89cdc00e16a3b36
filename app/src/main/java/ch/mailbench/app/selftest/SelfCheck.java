package ch.mailbench.app.selftest;

/**
 * One thing the installed runtime must be able to do. {@link #run()} returns a short line saying
 * what was proven and throws when it cannot; it never needs the internet.
 */
public interface SelfCheck {

    /** A short name, printed in front of the result. */
    String name();

    /** Performs the check. */
    String run() throws Exception;
}
