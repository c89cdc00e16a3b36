package ch.mailbench.app.ui.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Services one feature offers to the others without either importing the other: a feature sets
 * its hook while it is installed, the others look it up when the user acts (so the order in which
 * features are installed does not matter). EDT only.
 */
public final class ConsoleHooks {

    private SettingsFinder settingsFinder;
    private SheetPrinter sheetPrinter;
    private MailboxTester mailboxTester;
    private DatabaseSwitcher databaseSwitcher;
    private final List<Runnable> changedElsewhere = new ArrayList<>();

    public void offerSettingsFinder(SettingsFinder finder) {
        this.settingsFinder = finder;
    }

    /** "Find settings…", when the discovery feature is installed. */
    public Optional<SettingsFinder> settingsFinder() {
        return Optional.ofNullable(settingsFinder);
    }

    public void offerMailboxTester(MailboxTester tester) {
        this.mailboxTester = tester;
    }

    /** "Test now" in the mailbox dialogs, when the connection tester is installed. */
    public Optional<MailboxTester> mailboxTester() {
        return Optional.ofNullable(mailboxTester);
    }

    public void offerSheetPrinter(SheetPrinter printer) {
        this.sheetPrinter = printer;
    }

    /** "Print sheets…" of several customers' packs, when the sheet feature is installed. */
    public Optional<SheetPrinter> sheetPrinter() {
        return Optional.ofNullable(sheetPrinter);
    }

    public void offerDatabaseSwitcher(DatabaseSwitcher switcher) {
        this.databaseSwitcher = switcher;
    }

    /** Replaces the console's window by one over another database; offered by the main window. */
    public Optional<DatabaseSwitcher> databaseSwitcher() {
        return Optional.ofNullable(databaseSwitcher);
    }

    /** {@code reload} runs whenever the window noticed that someone else changed data (another technician, another window). */
    public void onChangedElsewhere(Runnable reload) {
        changedElsewhere.add(reload);
    }

    /** Tells every view that data changed elsewhere; the main window calls it. */
    public void changedElsewhere() {
        List.copyOf(changedElsewhere).forEach(Runnable::run);
    }
}
