package ch.mailbench.app.ui;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.port.StorageException;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.vault.SwingUnlockHandler;
import ch.mailbench.core.directory.CustomerIndex;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.core.port.PostgresAddress;

import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts the console: theme and language from the preferences, the database opened off the
 * EDT, then the main window. Also the window's {@link MainWindow.Host}: it reopens the console
 * on another database or in another language.
 */
public final class ConsoleLauncher implements MainWindow.Host {

    /** What the console offers when the team database it starts on cannot be opened (the team feature answers). EDT. */
    public interface TeamStartFailure {
        /**
         * @param open runs with the database the technician chose: {@code local}, or a team database connected to
         * @param quit runs when the technician chose to quit
         */
        void offer(JFrame frame, PostgresAddress team, Exception failure, DatabaseAddress.SqliteFile local,
                   Consumer<DatabaseAddress> open, Runnable quit);
    }

    private final AppFactory factory;
    private final ConsolePreferences preferences;
    private final Locale systemLocale;

    public ConsoleLauncher(AppFactory factory, ConsolePreferences preferences, Locale systemLocale) {
        this.factory = factory;
        this.preferences = preferences;
        this.systemLocale = systemLocale;
    }

    /**
     * Called on the main thread. The window appears at once (a {@link StartWindow}) while the
     * console's task executor opens the database and loads the customer list in parallel; the
     * full window then takes over the same frame.
     */
    public void launch(DatabaseAddress database) {
        launch(database, () -> { });
    }

    /**
     * The console on {@code --db} ({@code explicit}), else {@code MAILBENCH_DB}, else the team database it was connected to
     * last (until File → Use the local database), else the local file; see {@link #launch(DatabaseAddress, Runnable)}.
     *
     * @throws IllegalArgumentException for an address that is neither a file path nor a PostgreSQL address
     */
    public void launch(Optional<String> explicit, Runnable beforeOpening) {
        launch(factory.consoleDatabaseAddress(explicit, preferences.teamDatabaseToReopen()), beforeOpening);
    }

    /** As {@link #launch(DatabaseAddress)}; the start-up thread runs {@code beforeOpening} before it opens the database. */
    public void launch(DatabaseAddress database, Runnable beforeOpening) {
        SwingUtilities.invokeLater(() -> {
            Messages messages = messages();
            AtomicReference<StartWindow> start = new AtomicReference<>();
            // Submitted before the window is built, so both proceed at once; the outcome arrives
            // on the EDT after this runnable, when the start window exists.
            BackgroundTask.of(monitor -> {
                beforeOpening.run();
                Workbench workbench = factory.open(database, unlockHandler());
                return new Opened(workbench, workbench.directory().loadListIndex(messages.locale()));
            }).onSuccess(opened -> {
                // The toolbar's icons (DirectoryEditing's), read while the EDT paints the start window and builds the full one.
                BackgroundTask.of(monitor -> {
                    ConsoleAction.loadIcons("newCustomer", "newDomain", "newMailbox");
                    return true;
                }).executeWith(factory.consoleTasks());
                start.get().whenPainted(() -> showFull(opened, messages, start.get()));
            }).onFailure(e -> {
                if (database instanceof PostgresAddress team) {
                    // A server away or a password missing is no reason to end: say why, let the technician choose.
                    factory.teamStartOffer(messages, preferences).offer(start.get().frame(), team, e, factory.localDatabase(),
                            chosen -> {
                                launch(chosen, () -> { });
                                start.get().frame().dispose();
                            }, () -> System.exit(2));
                    return;
                }
                JOptionPane.showMessageDialog(start.get().frame(), new ErrorTexts(messages).describe(e),
                        messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
                System.exit(2);
            }).executeWith(factory.consoleTasks());
            preferences.theme().apply();
            start.set(new StartWindow(messages, preferences, database.shortName()));
            start.get().show(preferences.maximized());
        });
    }

    /** The full window takes over the start window's frame, with the list the start-up thread loaded. EDT. */
    private void showFull(Opened opened, Messages messages, StartWindow start) {
        // What the window starts at once waits until its list has been painted: the repaint manager's
        // painting is queued by then, so the release queued after it runs once the list is on the screen.
        factory.consoleTasks().holdBack();
        try {
            new MainWindow(opened.workbench(), messages, preferences, this, factory.consoleTasks(),
                    factory.consoleExtensions(opened.workbench(), preferences), start.frame()).showLoaded(opened.customers());
        } finally {
            SwingUtilities.invokeLater(factory.consoleTasks()::releaseHeld);
        }
        start.showIconLater();
    }

    /** The main window over {@code workbench}, in the chosen language. EDT only. */
    public MainWindow window(Workbench workbench) {
        return new MainWindow(workbench, messages(), preferences, this, factory.consoleTasks(), factory.consoleExtensions(workbench, preferences));
    }

    @Override
    public void openDatabase(DatabaseAddress address, MainWindow current, Runnable opened, Consumer<Exception> failed) {
        BackgroundTask.of(monitor -> factory.open(address, unlockHandler()))
                .shownAs(messages().format("status.openingDatabase", address.shortName()))
                .onSuccess(workbench -> {
                    current.close();
                    // The other database's passwords stay closed until its own master password is given.
                    current.workbench().vault().lock();
                    window(workbench).show();
                    opened.run();
                    closeInBackground(current.workbench());
                })
                .onFailure(failed)
                .executeWith(factory.consoleTasks());
    }

    /**
     * Ends the connections of the database the console left (a team database's pool would otherwise keep
     * them open on the server until they idle out), after the window that used it is gone.
     */
    private void closeInBackground(Workbench left) {
        BackgroundTask.of(monitor -> {
            left.database().close();
            return left;
        }).executeWith(factory.consoleTasks());
    }

    @Override
    public void languageChanged(MainWindow current) {
        // Same database, same vault: it stays unlocked, the technician is not asked again.
        Workbench workbench = current.workbench();
        current.close();
        window(workbench).show();
    }

    /** Asks for the master password, in the console's language of the moment, when a stored password is first needed. */
    private SwingUnlockHandler unlockHandler() {
        return new SwingUnlockHandler(() -> messages().locale(), factory.consoleTasks());
    }

    private Messages messages() {
        return new Messages(preferences.language().locale(systemLocale));
    }

    /** What the start-up thread hands to the window. */
    private record Opened(Workbench workbench, CustomerIndex customers) {
    }
}
