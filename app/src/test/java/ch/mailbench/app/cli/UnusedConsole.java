package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.ui.ConsoleLauncher;
import ch.mailbench.app.testing.MemoryPreferences;
import ch.mailbench.app.ui.ConsolePreferences;

import java.util.Locale;

/** The console launcher command-line tests need to build a MailbenchCommand; they never open a window. */
final class UnusedConsole {

    private UnusedConsole() {
    }

    static ConsoleLauncher launcher(AppFactory factory) {
        return new ConsoleLauncher(factory, new ConsolePreferences(new MemoryPreferences()),
                Locale.ENGLISH);
    }
}
