package ch.mailbench.app.ui.verify;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.app.ui.action.MailboxTester;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.core.probe.VerificationService;

import javax.swing.JFrame;
import java.awt.Window;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The connection tester in the console: "Test" on the selected mailbox (Mailbox menu, its row's
 * pop-up, toolbar, Ctrl+T) and Tools → Trusted certificates… to review and revoke accepted ones.
 */
public final class VerifyExtension implements ConsoleExtension {

    private final VerificationService verification;
    private final TrustedCertificateRepository trustedCertificates;
    private final Clock clock;
    private final TaskExecutor tasks;

    public VerifyExtension(VerificationService verification, TrustedCertificateRepository trustedCertificates, Clock clock,
            TaskExecutor tasks) {
        this.verification = verification;
        this.trustedCertificates = trustedCertificates;
        this.clock = clock;
        this.tasks = tasks;
    }

    @Override
    public void install(ConsoleContext context) {
        VerifyTexts texts = new VerifyTexts(context.messages().locale());
        ConsoleMenus menus = context.menus();
        ConsoleAction test = ConsoleAction.onSelected("testMailbox", texts.get("menu.test"), "ctrl T",
                context.selection()::mailbox, m -> testMailbox(context.frame(), m, context.messages().locale()))
                .withTooltip(texts.get("menu.test.tooltip"));
        ConsoleAction trusted = new ConsoleAction("trustedCertificates", texts.get("menu.tools.trusted"), null,
                () -> new TrustedCertificatesDialog(context.frame(), trustedCertificates, tasks,
                        new ErrorTexts(context.messages()), texts, clock).show());
        menus.addSeparator(MenuId.MAILBOX);
        menus.add(MenuId.MAILBOX, test);
        menus.addToPopup(ConsoleMenus.Target.MAILBOX, test);
        menus.addToolbarSeparator();
        menus.addToToolbar(test);
        menus.add(MenuId.TOOLS, trusted);
        context.hooks().offerMailboxTester(typedTester(context.messages().locale()));
    }

    /** "Test now" for the mailbox dialogs, speaking {@code locale}. */
    public MailboxTester typedTester(Locale locale) {
        return (owner, mailbox, domain, password, outcome) -> testTyped(owner, mailbox, domain, password, outcome, locale);
    }

    /** "Test now" in a mailbox dialog: the tester in trial mode over that dialog; {@code outcome} hears how it ended. EDT. */
    private void testTyped(Window owner, Mailbox mailbox, MailDomain domain, Optional<char[]> password, Consumer<String> outcome,
                           Locale locale) {
        VerifyTexts texts = new VerifyTexts(locale);
        MailboxTestModel model = MailboxTestModel.trial(mailbox, domain, password, verification, trustedCertificates,
                tasks, new ErrorTexts(new Messages(locale)), texts, clock);
        model.addListener(() -> {
            if (model.ended()) {
                outcome.accept(model.progress());
            }
        });
        new MailboxTestDialog(owner, model, texts, certificate -> new TrustCertificateDialog(owner, certificate, texts).ask())
                .showAndTest();
    }

    /** Opens the test dialog for {@code mailbox} and starts the test. EDT. */
    public MailboxTestDialog testMailbox(JFrame owner, Mailbox mailbox, Locale locale) {
        VerifyTexts texts = new VerifyTexts(locale);
        MailboxTestModel model = new MailboxTestModel(mailbox, verification, trustedCertificates,
                tasks, new ErrorTexts(new Messages(locale)), texts, clock);
        MailboxTestDialog dialog = new MailboxTestDialog(owner, model, texts,
                certificate -> new TrustCertificateDialog(owner, certificate, texts).ask());
        dialog.showAndTest();
        return dialog;
    }
}
