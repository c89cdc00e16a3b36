package ch.mailbench.app.ui.verify;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Mailbox;

import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's entry points to the connection tester, as one menu the main window adds:
 * "Test a mailbox…" and "Trusted certificates…". Until the main window offers "Test" on a
 * selected mailbox, the address is asked for; {@link #testMailbox} is the call to wire there.
 */
public final class VerifyMenu {

    private final JFrame owner;
    private final Workbench workbench;
    private final VerifyTexts texts;
    private final BackgroundTasks tasks = new SwingBackgroundTasks();

    public VerifyMenu(JFrame owner, Workbench workbench, Locale locale) {
        this.owner = owner;
        this.workbench = workbench;
        this.texts = new VerifyTexts(locale);
    }

    public JMenu menu() {
        JMenu tools = new JMenu(texts.get("menu.tools"));
        tools.setName("menuTools");
        JMenuItem test = new JMenuItem(texts.get("menu.tools.test"));
        test.setName("menuTestMailbox");
        test.addActionListener(e -> askAndTest());
        JMenuItem trusted = new JMenuItem(texts.get("menu.tools.trusted"));
        trusted.setName("menuTrustedCertificates");
        trusted.addActionListener(e -> new TrustedCertificatesDialog(owner, workbench.trustedCertificates(), tasks, texts,
                workbench.clock()).show());
        tools.add(test);
        tools.add(trusted);
        return tools;
    }

    /** Opens the test dialog for {@code mailbox} and starts the test. EDT. */
    public MailboxTestDialog testMailbox(Mailbox mailbox) {
        MailboxTestModel model = new MailboxTestModel(mailbox, workbench.verification(), workbench.trustedCertificates(),
                tasks, texts, workbench.clock());
        MailboxTestDialog dialog = new MailboxTestDialog(owner, model, texts,
                certificate -> new TrustCertificateDialog(owner, certificate, texts).ask());
        dialog.showAndTest();
        return dialog;
    }

    private void askAndTest() {
        String typed = JOptionPane.showInputDialog(owner, texts.get("ask.address"), texts.get("ask.title"), JOptionPane.QUESTION_MESSAGE);
        if (typed == null || typed.isBlank()) {
            return;
        }
        EmailAddress address;
        try {
            address = EmailAddress.parse(typed);
        } catch (IllegalArgumentException e) {
            JOptionPane.showMessageDialog(owner, e.getMessage(), texts.get("ask.title"), JOptionPane.WARNING_MESSAGE);
            return;
        }
        tasks.<Optional<Mailbox>>run(() -> workbench.store().repositories().mailboxes().findByAddress(address), found -> found.ifPresentOrElse(
                this::testMailbox,
                () -> JOptionPane.showMessageDialog(owner, texts.format("ask.unknown", address.unicode()), texts.get("ask.title"),
                        JOptionPane.WARNING_MESSAGE)), failure -> JOptionPane.showMessageDialog(owner, failure.getMessage(),
                texts.get("ask.title"), JOptionPane.ERROR_MESSAGE));
    }
}
