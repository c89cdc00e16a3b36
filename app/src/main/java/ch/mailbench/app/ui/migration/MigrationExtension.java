package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.action.SheetPrinter;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.core.change.ChangeSetService;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.MailboxSelection;
import ch.mailbench.core.probe.VerificationService;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.core.vault.Vault;

import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.Timer;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Migration day in the console: Tools → Overview… lists every mailbox across customers, re-verifies
 * a selection or the filter, enters missing passwords in a row and changes the servers of the
 * selected domains; re-verify a domain, a customer or everything (Tools menu, pop-ups), with the
 * results grouped by outcome; "Change servers…" on a domain (Edit menu, its pop-up) or on every
 * domain of a host (Tools) moves its mailboxes as a change set; Tools → Change sets… reverts one.
 */
public final class MigrationExtension implements ConsoleExtension {

    private static final int LIVE_RELOAD_MILLIS = 2_000;

    private final MailboxOverview overview;
    private final VerificationService verification;
    private final ChangeSetService changeSets;
    private final Vault vault;
    private final TaskExecutor tasks;
    private final Clock clock;
    /** Set by {@link #install}; EDT only. */
    private BulkReverify runs;
    /** Every open overview: a change or revert made in another window changes what their rows must say. */
    private final List<OverviewDialog> openOverviews = new ArrayList<>();

    public MigrationExtension(MailboxOverview overview, VerificationService verification, ChangeSetService changeSets, Vault vault,
                              TaskExecutor tasks, Clock clock) {
        this.vault = vault;
        this.overview = overview;
        this.verification = verification;
        this.changeSets = changeSets;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void install(ConsoleContext context) {
        MigrationTexts texts = new MigrationTexts(context.messages().locale());
        ErrorTexts errors = new ErrorTexts(context.messages());
        runs = new BulkReverify(verification, tasks, texts, clock, System::nanoTime);
        context.frame().addWindowFocusListener(new ReloadOnReturn(context.reload()));
        // Another technician's change or check moves the overview's rows as it moves the customer list.
        context.hooks().onChangedElsewhere(() -> List.copyOf(openOverviews).forEach(OverviewDialog::reload));
        // The customer list's counters follow a long run as results arrive, reloaded at most every few seconds.
        Timer refresh = new Timer(LIVE_RELOAD_MILLIS, e -> context.reload().run());
        refresh.setRepeats(false);
        runs.addListener(report -> {
            if (!refresh.isRunning()) {
                refresh.start();
            }
        });
        context.menus().add(MenuId.TOOLS, new ConsoleAction("mailboxOverview", texts.get("menu.overview"), "ctrl shift O",
                () -> showOverview(context.frame(), errors, context.messages().locale(), context.unlock(), context.reload(),
                        context.hooks().sheetPrinter()),
                () -> true));
        context.menus().add(MenuId.TOOLS, new ConsoleAction("reverifyAll", texts.get("menu.reverifyAll"), null,
                () -> reverify(context.frame(), texts.get("scope.everything"), () -> verification.select(new MailboxSelection.All()),
                        errors, texts, context.reload()),
                () -> true));
        context.menus().add(MenuId.TOOLS, new ConsoleAction("changeServersOnHost", texts.get("menu.changeServersOnHost"), null,
                () -> changeServers(context.frame(), List.of(), errors, context.messages().locale(), context.reload()),
                () -> true));
        context.menus().add(MenuId.TOOLS, new ConsoleAction("changeSets", texts.get("menu.changeSets"), null,
                () -> showChangeSets(context.frame(), errors, context.messages().locale(), context.reload()),
                () -> true));
        ConsoleAction changeServers = ConsoleAction.onSelected("changeServers", texts.get("menu.changeServers"), null,
                context.selection()::domain, d -> changeServers(context.frame(), d, errors, context.messages().locale(), context.reload()));
        context.menus().add(MenuId.EDIT, changeServers);
        context.menus().addToPopup(ConsoleMenus.Target.DOMAIN, changeServers);
        ConsoleAction reverifyDomain = ConsoleAction.onSelected("reverifyDomain", texts.get("menu.reverifyDomain"), null,
                context.selection()::domain, d -> reverify(context.frame(), d.name().unicode(),
                        () -> verification.select(new MailboxSelection.OfDomain(d.name())), errors, texts, context.reload()));
        context.menus().addToPopup(ConsoleMenus.Target.DOMAIN, reverifyDomain);
        ConsoleAction reverifyCustomer = ConsoleAction.onSelected("reverifyCustomer", texts.get("menu.reverifyCustomer"), null,
                context.selection()::customer, c -> reverify(context.frame(), c.customer().name(),
                        () -> verification.select(new MailboxSelection.OfCustomer(c.customer().name())), errors, texts, context.reload()));
        context.menus().add(MenuId.TOOLS, reverifyCustomer);
        context.menus().addToPopup(ConsoleMenus.Target.CUSTOMER, reverifyCustomer);
    }

    /**
     * Re-verifies the mailboxes {@code mailboxes} loads (in the background) with progress in the status bar,
     * then shows the results; {@code checked} runs on the EDT when the run ends, so views reload. EDT.
     */
    private void reverify(JFrame owner, String scope, BulkReverify.Mailboxes mailboxes, ErrorTexts errors, MigrationTexts texts,
                         Runnable checked) {
        run(owner, scope, mailboxes, errors, texts, checked, result -> { });
    }

    private void run(Window owner, String scope, BulkReverify.Mailboxes mailboxes, ErrorTexts errors, MigrationTexts texts,
                     Runnable checked, Consumer<BulkReverify.Result> finished) {
        runs(texts).start(scope, mailboxes, result -> {
            checked.run();
            finished.accept(result);
            new RunResultsDialog(owner, result, texts, tasks, errors, clock.getZone(), failures -> run(owner,
                    texts.format("scope.failures", scope), () -> reload(failures), errors, texts, checked, finished)).show();
        }, failure -> {
            checked.run();
            JOptionPane.showMessageDialog(owner, errors.describe(failure), texts.format("run.title", scope), JOptionPane.ERROR_MESSAGE);
        });
    }

    /** The failed mailboxes as stored now: a password entered or settings fixed since the run count. Background thread. */
    private List<Mailbox> reload(List<MailboxReport> failures) {
        List<Mailbox> mailboxes = new ArrayList<>();
        for (MailboxReport failure : failures) {
            mailboxes.addAll(verification.select(new MailboxSelection.One(failure.mailbox().address())));
        }
        return mailboxes;
    }

    /** "Enter passwords in a row" from the overview, which reloads when it closes; then maybe a re-verify of those saved. */
    private void enterPasswords(OverviewDialog overviewDialog, List<Mailbox> mailboxes, UnlockHandler unlock, ErrorTexts errors,
                                MigrationTexts texts, Runnable checked) {
        PasswordsInARowDialog passwords = new PasswordsInARowDialog(overviewDialog.dialog(), vault, unlock, mailboxes, texts, tasks,
                errors, saved -> run(overviewDialog.dialog(), texts.format("scope.selection", saved.size()), () -> saved, errors, texts,
                checked, result -> { }));
        passwords.dialog().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                overviewDialog.reload();
                checked.run();
            }
        });
        passwords.show();
    }

    /** The console's one runner (so every open view sees every run's results); a stand-alone one outside the console. */
    private BulkReverify runs(MigrationTexts texts) {
        if (runs == null) {
            runs = new BulkReverify(verification, tasks, texts, clock, System::nanoTime);
        }
        return runs;
    }

    /** Opens "Change servers…" for {@code domain}; {@code changed} runs on the EDT after it wrote something. EDT. */
    public JDialog changeServers(JFrame owner, MailDomain domain, ErrorTexts errors, Locale locale, Runnable changed) {
        return changeServers(owner, List.of(domain.name()), errors, locale, changed);
    }

    /** "Change servers…" on several domains, or (no domain) on every domain of a host named in the dialog. EDT. */
    JDialog changeServers(Window owner, List<DomainName> domains, ErrorTexts errors, Locale locale, Runnable changed) {
        ChangeServersDialog dialog = new ChangeServersDialog(owner, domains, changeSets, overview, verification, tasks, errors,
                new MigrationTexts(locale), reloadingOverviews(changed));
        dialog.show();
        return dialog.dialog();
    }

    /** Opens the list of change sets and loads it in the background; {@code changed} runs after a revert. EDT. */
    public JDialog showChangeSets(JFrame owner, ErrorTexts errors, Locale locale, Runnable changed) {
        ChangeSetsDialog dialog = new ChangeSetsDialog(owner, changeSets, tasks, errors, new MigrationTexts(locale),
                reloadingOverviews(changed));
        dialog.show();
        return dialog.dialog();
    }

    /** Opens the overview and loads it in the background; {@code checked} runs after a re-verify recorded results. EDT. */
    public JDialog showOverview(JFrame owner, ErrorTexts errors, Locale locale, UnlockHandler unlock, Runnable checked) {
        return showOverview(owner, errors, locale, unlock, checked, Optional.empty());
    }

    /** The overview with "Print sheets…" for the selected rows' customers when {@code sheets} is given. EDT. */
    public JDialog showOverview(JFrame owner, ErrorTexts errors, Locale locale, UnlockHandler unlock, Runnable checked,
                                Optional<SheetPrinter> sheets) {
        MigrationTexts texts = new MigrationTexts(locale);
        OverviewDialog[] shown = new OverviewDialog[1];
        OverviewDialog dialog = new OverviewDialog(owner, overview, runs(texts),
                (scope, mailboxes, finished) -> run(shown[0].dialog(), scope, () -> mailboxes, errors, texts, checked, finished),
                mailboxes -> enterPasswords(shown[0], mailboxes, unlock, errors, texts, checked),
                domains -> changeServers(shown[0].dialog(), domains, errors, locale, checked), sheets.map(printer -> customers -> printer.previewPacks(shown[0].dialog(), customers)),
                tasks, errors, texts, clock);
        shown[0] = dialog;
        openOverviews.add(dialog);
        dialog.dialog().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                openOverviews.remove(dialog);
            }
        });
        dialog.show();
        return dialog.dialog();
    }

    /** {@code changed}, after every open overview reloaded: focus moving between Mailbench's own windows reloads nothing. */
    private Runnable reloadingOverviews(Runnable changed) {
        return () -> {
            List.copyOf(openOverviews).forEach(OverviewDialog::reload);
            changed.run();
        };
    }
}
