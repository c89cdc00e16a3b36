package ch.mailbench.app.ui.action;

import ch.mailbench.core.port.DatabaseAddress;

import java.util.function.Consumer;

/** Shows the console over another database: a file, or a team database on a PostgreSQL server. EDT. */
@FunctionalInterface
public interface DatabaseSwitcher {

    /**
     * Opens {@code address} in the background; when it opened, a new window shows it, this one
     * closes and {@code opened} runs; else {@code failed} gets why and this window stays. Both on the EDT.
     */
    void switchTo(DatabaseAddress address, Runnable opened, Consumer<Exception> failed);
}
