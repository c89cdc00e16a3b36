package ch.mailbench.app.ui.action;

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
}
