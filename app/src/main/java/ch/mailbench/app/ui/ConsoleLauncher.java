package ch.mailbench.app.ui;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.port.StorageException;
import ch.mailbench.app.ui.browse.CustomerListPanel;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.vault.SwingUnlockHandler;
import ch.mailbench.app.ui.task.SwingTaskExecutor;

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
        launch(prepare(explicit), beforeOpening);
    }

    /**
     * What the start window needs and takes reading (the preferences file, the language's texts, the desktop's
     * theme), for {@link #launch(Start, Runnable)}; any thread, so that it can be read while the toolkit starts. The
     * database is {@code explicit}, else {@code MAILBENCH_DB}, else the team database to reopen, else the local file.
     *
     * @throws IllegalArgumentException for an address that is neither a file path nor a PostgreSQL address
     */
    public Start prepare(Optional<String> explicit) {
        return prepared(factory.consoleDatabaseAddress(explicit, preferences.teamDatabaseToReopen()));
    }

    private Start prepared(DatabaseAddress database) {
        return new Start(database, messages(), preferences.theme().isDark());
    }

    /** As {@link #launch(DatabaseAddress)}; the start-up thread runs {@code beforeOpening} before it opens the database. */
    public void launch(DatabaseAddress database, Runnable beforeOpening) {
        launch(prepared(database), beforeOpening);
    }

    /** As {@link #launch(DatabaseAddress, Runnable)}, with what {@link #prepare} read. */
    public void launch(Start prepared, Runnable beforeOpening) {
        DatabaseAddress database = prepared.database();
        Messages messages = prepared.messages();
        AtomicReference<StartWindow> start = new AtomicReference<>();
        // Queued before the start-up work is submitted: its outcome, handed over on the EDT, finds the start window built.
        SwingUtilities.invokeLater(() -> {
            Theme.install(prepared.dark());
            start.set(new StartWindow(messages, preferences, database.shortName()));
            start.get().show(preferences.maximized());
        });
        // Submitted from here, not from the EDT: the database opens while the EDT sets up the look and builds the window.
        BackgroundTask.of(monitor -> {
            beforeOpening.run();
            return factory.open(database, unlockHandler());
        }).onSuccess(workbench -> {
            start.get().whenPainted(() -> showFull(workbench, messages, start.get()));
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
    }

    /**
     * Once the start window is on the screen, the customer list is read while the EDT builds the list's panel. The
     * customers then appear in the start window, and only after they have been painted is the rest of the full window
     * built (about as long again), which takes over the start window's frame and the list as it is. Reading the list
     * only now leaves the machine's processors to the start window until it has been painted. EDT.
     */
    private void showFull(Workbench workbench, Messages messages, StartWindow start) {
        if (start.closed()) {
            // The technician closed the start window while the database opened: the console ends there.
            closeInBackground(workbench);
            return;
        }
        SwingTaskExecutor tasks = factory.consoleTasks();
        // Set below, in this same EDT runnable: the list's outcome is handed over on the EDT only after it.
        AtomicReference<CustomerListPanel> list = new AtomicReference<>();
        BackgroundTask.of(monitor -> workbench.directory().loadListIndex(messages.locale()))
                .onSuccess(customers -> {
                    if (!start.closed()) {
                        start.showList(list.get(), customers);
                    }
                    // Queued after the list's painting: the rest of the window waits until the customers are on the screen.
                    SwingUtilities.invokeLater(() -> takeOver(workbench, messages, start, list.get(), window -> window.showListed(customers)));
                })
                // The full window says why in its status bar, as every later reload does.
                .onFailure(e -> takeOver(workbench, messages, start, list.get(), MainWindow::show))
                .executeWith(tasks);
        // What the full window starts at once waits until it has been painted (see takeOver).
        tasks.holdBack();
        list.set(new CustomerListPanel(messages));
    }

    /** The full window takes over the start window's frame, unless the technician closed it meanwhile: the console then ends. */
    private void takeOver(Workbench workbench, Messages messages, StartWindow start, CustomerListPanel list, Consumer<MainWindow> show) {
        SwingTaskExecutor tasks = factory.consoleTasks();
        try {
            if (start.closed()) {
                // A window the technician closed does not come back.
                closeInBackground(workbench);
                return;
            }
            show.accept(new MainWindow(workbench, messages, preferences, this, tasks, factory.consoleExtensions(workbench, preferences),
                    list, start.frame()));
            start.showIconLater();
        } finally {
            // Queued after the window's painting, which showing it queued: the tasks it started run once it is on the screen.
            SwingUtilities.invokeLater(tasks::releaseHeld);
        }
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

    /** What the console starts with: the database to open, the texts in the chosen language, a dark look or not. */
    public record Start(DatabaseAddress database, Messages messages, boolean dark) {
    }
}
