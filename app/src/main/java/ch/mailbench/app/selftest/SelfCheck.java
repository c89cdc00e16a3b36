package ch.mailbench.app.selftest;

import java.util.concurrent.Callable;

/**
 * One thing the installed runtime must be able to do. {@link #run()} returns a short line saying
 * what was proven and throws when it cannot; it never needs the internet.
 */
public interface SelfCheck {

    /** A short name, printed in front of the result. */
    String name();

    /** Performs the check. */
    String run() throws Exception;

    /** A check named {@code name} that runs {@code check}. */
    static SelfCheck of(String name, Callable<String> check) {
        return new SelfCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String run() throws Exception {
                return check.call();
            }
        };
    }
}
