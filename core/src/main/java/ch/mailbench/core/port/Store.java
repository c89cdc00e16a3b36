package ch.mailbench.core.port;

import java.util.function.Function;

/**
 * The storage behind the repositories. Single calls are atomic on their own; work that writes
 * several rows goes through {@link #inTransaction}, which commits all of it or nothing.
 */
public interface Store {

    /** Repositories for single reads and writes, each its own transaction. */
    Repositories repositories();

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Function<Repositories, T> work);
}
