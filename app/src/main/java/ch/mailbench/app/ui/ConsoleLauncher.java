package ch.mailbench.app.ui;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.ui.vault.SwingUnlockHandler;
import ch.mailbench.app.ui.vault.VaultMessages;
import ch.mailbench.persistence.DatabaseException;
import com.formdev.flatlaf.FlatLightLaf;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.nio.file.Path;

/** Starts the console: look and feel, then the main window, which loads its data in the background. */
public final class ConsoleLauncher {

    private final AppFactory factory;

    public ConsoleLauncher(AppFactory factory) {
        this.factory = factory;
    }

    /** Called on the main thread; opens the database off the EDT, then shows the window on it. */
    public void launch(Path databaseFile) {
        Messages messages = Messages.forDefaultLocale();
        SwingUtilities.invokeLater(FlatLightLaf::setup);
        Workbench workbench;
        try {
            workbench = factory.open(databaseFile, new SwingUnlockHandler(new VaultMessages(messages.locale())));
        } catch (DatabaseException e) {
            SwingUtilities.invokeLater(() -> {
                JOptionPane.showMessageDialog(null, e.getMessage(), messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
                System.exit(2);
            });
            return;
        }
        SwingUtilities.invokeLater(() -> new MainWindow(workbench, messages).show());
    }
}
