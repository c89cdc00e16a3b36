package ch.mailbench.app.ui.action;

import ch.mailbench.core.model.Provider;

import java.awt.Window;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Find settings…" for the dialogs that edit servers: a feature offers it through
 * {@link ConsoleHooks}, the domain and mailbox dialogs use it without knowing that feature.
 */
public interface SettingsFinder {

    /**
     * Shows the finder over {@code owner}, starting from {@code address} (as typed so far, maybe
     * incomplete). When the technician picks "Use these settings", {@code use} gets them; nothing is
     * saved by the finder itself. EDT only; returns when the finder is closed.
     */
    void find(Window owner, String address, Consumer<FoundSettings> use);

    /** The providers of the catalog in effect (shipped and own), sorted by name. Off the EDT: it reads the database. */
    List<Provider> providers();
}
