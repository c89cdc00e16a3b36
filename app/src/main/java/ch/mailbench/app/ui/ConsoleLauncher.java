package ch.mailbench.app.ui;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.vault.SwingUnlockHandler;
import ch.mailbench.app.ui.vault.VaultMessages;
import ch.mailbench.core.directory.CustomerIndex;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Locale;

/**
 * Starts the console: theme and language from the preferences, the database opened off the
 * EDT, then the main window. Also the window's {@link MainWindow.Host}: it reopens the console
 * on another database or in another language.
 */
public final class ConsoleLauncher implements MainWindow.Host {

    private final AppFactory factory;
    private final ConsolePreferences preferences;
    private final Locale systemLocale;

    public ConsoleLauncher(AppFactory factory, ConsolePreferences preferences, Locale systemLocale) {
        this.factory = factory;
        this.preferences = preferences;
        this.systemLocale = systemLocale;
    }

    /**
     * Called on the main thread. The window appears at once (a {@link StartWindow}) while a start-up
     * thread opens the database and loads the customer list; the full window then takes over the
     * same frame. The start-up thread is this one step's own, not the console's background-task
     * mechanism: no window exists yet to show progress in, and nothing else runs then.
     */
    public void launch(Path databaseFile) {
        Messages messages = messages();
        SwingUnlockHandler unlockHandler = unlockHandler();
        CompletableFuture<Opened> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                Workbench workbench = factory.open(databaseFile, unlockHandler);
                opening.complete(new Opened(workbench, workbench.directory().loadIndex(messages.locale())));
            } catch (RuntimeException | Error e) {
                // Whatever goes wrong must reach the window, or it would say "Loading…" for ever.
                opening.completeExceptionally(e);
            }
        }, "mailbench-open-database");
        opener.setDaemon(true);
        opener.start();
        SwingUtilities.invokeLater(() -> {
            preferences.theme().apply();
            StartWindow start = new StartWindow(messages, preferences, databaseFile);
            start.show(preferences.maximized());
            opening.whenComplete((opened, failure) -> SwingUtilities.invokeLater(() -> {
                if (failure != null) {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    String text = cause instanceof Exception exception ? new ErrorTexts(messages).describe(exception)
                            : cause.getMessage();
                    JOptionPane.showMessageDialog(start.frame(), text, messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
                    System.exit(2);
                }
                new MainWindow(opened.workbench(), messages, preferences, this, factory.consoleTasks(),
                        factory.consoleExtensions(opened.workbench()),
                        start.frame()).showLoaded(opened.customers());
            }));
        });
    }

    /** The main window over {@code workbench}, in the chosen language. EDT only. */
    public MainWindow window(Workbench workbench) {
        return new MainWindow(workbench, messages(), preferences, this, factory.consoleTasks(), factory.consoleExtensions(workbench));
    }

    @Override
    public void openDatabase(Path file, MainWindow current) {
        BackgroundTask.of(monitor -> factory.open(file, unlockHandler()))
                .shownAs(messages().format("status.openingDatabase", file.getFileName()))
                .onSuccess(workbench -> {
                    current.close();
                    window(workbench).show();
                })
                .onFailure(e -> JOptionPane.showMessageDialog(null, new ErrorTexts(messages()).describe(e),
                        messages().get("app.title"), JOptionPane.ERROR_MESSAGE))
                .executeWith(factory.consoleTasks());
    }

    @Override
    public void languageChanged(MainWindow current) {
        Workbench workbench = current.workbench();
        current.close();
        window(workbench).show();
    }

    /** Asks for the master password, in the console's language, when a stored password is first needed. */
    private SwingUnlockHandler unlockHandler() {
        return new SwingUnlockHandler(new VaultMessages(messages().locale()), factory.consoleTasks(), new ErrorTexts(messages()));
    }

    private Messages messages() {
        return new Messages(preferences.language().locale(systemLocale));
    }

    /** What the start-up thread hands to the window. */
    private record Opened(Workbench workbench, CustomerIndex customers) {
    }
}
