package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.action.MailboxTester;
import ch.mailbench.app.ui.action.SettingsFinder;
import ch.mailbench.core.model.MailDomain;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import java.awt.Dimension;
import java.awt.Window;
import java.util.Optional;

/**
 * Creates or edits a mailbox: address (a pasted full address is split), display name, for a new
 * mailbox an optional password, the domain's servers or its own, user name format, notes.
 */
public final class MailboxDialog extends FormDialog<MailboxForm> {

    private final JPasswordField password = new JPasswordField(24);
    /** Before the dialog is laid out the result line has no width yet. */
    private static final int MIN_RESULT_WIDTH = 200;

    private final JLabel testResult = new JLabel(" ");

    /** @param finder "Find settings…", when the discovery feature is installed */
    public MailboxDialog(Window owner, MailboxForm form, Messages messages, Saver<MailboxForm> saver, Optional<SettingsFinder> finder) {
        this(owner, form, messages, saver, finder, Optional.empty());
    }

    /**
     * @param finder "Find settings…", when the discovery feature is installed
     * @param tester "Test now" (the settings as typed, saving nothing), when the connection tester is installed
     */
    public MailboxDialog(Window owner, MailboxForm form, Messages messages, Saver<MailboxForm> saver, Optional<SettingsFinder> finder,
                         Optional<MailboxTester> tester) {
        super(owner, "mailboxDialog", messages.get(form.isNew() ? "mailbox.new.title" : "mailbox.edit.title"), form, messages, saver);
        JTextField localPart = binder.text(MailboxForm.LOCAL_PART, form::setLocalPart, 14);
        JComboBox<MailDomain> domain = binder.combo(MailboxForm.DOMAIN, form.domains(), form::setDomain, d -> d.name().unicode());
        domain.getAccessibleContext().setAccessibleName(messages.get("mailbox.domain"));
        JPanel address = new JPanel(new MigLayout("insets 0", "[grow,fill]2[]2[grow,fill]", "[]"));
        address.add(localPart);
        address.add(new JLabel("@"));
        address.add(domain);
        row(messages.get("mailbox.address"), address, MailboxForm.LOCAL_PART).setLabelFor(localPart);
        row(messages.get("mailbox.displayName"), binder.text(MailboxForm.DISPLAY_NAME, form::setDisplayName, 24), null);
        if (form.isNew()) {
            // Optional; the characters stay in the field (never in the form) until the save stores them in the vault.
            password.setName("newMailboxPassword");
            password.putClientProperty("JTextField.placeholderText", messages.get("mailbox.password.placeholder"));
            row(messages.get("mailbox.password"), password, null);
        }
        rows.add(binder.check(MailboxForm.USES_DOMAIN_SERVERS, messages.get("mailbox.usesDomainServers"),
                form::setUsesDomainServers), "skip 1");
        ServerRows.add(this, form, messages, finder.map(f -> () -> f.find(dialog, form.addressToFind(),
                found -> form.useSettings(found.settings()))));
        row(messages.get("mailbox.notes"), scrolled(binder.area(MailboxForm.NOTES, form::setNotes, 3)), null);
        tester.ifPresent(this::addTestNow);
    }

    /** "Test now" and, beside it, how the last test of the typed settings ended; the line never moves the fields. */
    private void addTestNow(MailboxTester tester) {
        JButton test = Widgets.button("testNow", messages.get("mailbox.testNow"), e -> {
            char[] typed = password.getPassword();
            showTestResult(messages.get("mailbox.testNow.running"));
            tester.test(dialog, model.toMailbox(), model.domain(), typed.length > 0 ? Optional.of(typed) : Optional.empty(),
                    this::showTestResult);
        });
        test.setToolTipText(messages.get("mailbox.testNow.tip"));
        binder.enabledWhen(test, model::isValid);
        testResult.setName("testNowResult");
        JPanel line = new JPanel(new MigLayout("insets 0", "[]8[grow,fill]", "[]"));
        line.add(test, "top");
        line.add(testResult, "wmin 0, top, gaptop 4");
        rows.add(line, "skip 1, gaptop 6");
    }

    /**
     * Wrapped at the width the line has beside the button: a long sentence takes more lines and the
     * dialog grows downwards if it must, never wider (it used to widen with the sentence).
     */
    private void showTestResult(String text) {
        testResult.setText(Widgets.wrapped(text, testResult.getFontMetrics(testResult.getFont()),
                Math.max(testResult.getWidth(), MIN_RESULT_WIDTH)));
        dialog.validate();
        Dimension wanted = dialog.getPreferredSize();
        if (dialog.isShowing() && wanted.height > dialog.getHeight()) {
            dialog.setSize(dialog.getWidth(), wanted.height);
            Widgets.placeOnScreen(dialog, dialog.getOwner());
        }
    }

    /** A copy of the optional password typed for a new mailbox (empty when none); the caller clears it. EDT. */
    public char[] typedPassword() {
        return password.getPassword();
    }
}
