package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.app.ui.action.ConsoleMenus;
import ch.mailbench.core.change.ChangeSetService;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.probe.VerificationService;

import javax.swing.JDialog;
import javax.swing.JFrame;
import java.time.Clock;
import java.util.Locale;

/**
 * Migration day in the console: Tools → Overview… lists every mailbox across customers and
 * re-verifies a selection; "Change servers…" on a domain (Edit menu, its pop-up) moves its
 * mailboxes as a change set; Tools → Change sets… lists them and reverts one.
 */
public final class MigrationExtension implements ConsoleExtension {

    private final MailboxOverview overview;
    private final VerificationService verification;
    private final ChangeSetService changeSets;
    private final TaskExecutor tasks;
    private final Clock clock;

    public MigrationExtension(MailboxOverview overview, VerificationService verification, ChangeSetService changeSets,
                              TaskExecutor tasks, Clock clock) {
        this.overview = overview;
        this.verification = verification;
        this.changeSets = changeSets;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void install(ConsoleContext context) {
        MigrationTexts texts = new MigrationTexts(context.messages().locale());
        context.menus().add(MenuId.TOOLS, new ConsoleAction("mailboxOverview", texts.get("menu.overview"), "ctrl shift O",
                () -> showOverview(context.frame(), new ErrorTexts(context.messages()), context.messages().locale(), context.reload()),
                () -> true));
        context.menus().add(MenuId.TOOLS, new ConsoleAction("changeSets", texts.get("menu.changeSets"), null,
                () -> showChangeSets(context.frame(), new ErrorTexts(context.messages()), context.messages().locale(), context.reload()),
                () -> true));
        ConsoleAction changeServers = new ConsoleAction("changeServers", texts.get("menu.changeServers"), null,
                () -> context.selection().domain().ifPresent(d ->
                        changeServers(context.frame(), d, new ErrorTexts(context.messages()), context.messages().locale(), context.reload())),
                () -> context.selection().domain().isPresent());
        context.menus().add(MenuId.EDIT, changeServers);
        context.menus().addToPopup(ConsoleMenus.Target.DOMAIN, changeServers);
    }

    /** Opens "Change servers…" for {@code domain}; {@code changed} runs on the EDT after it wrote something. EDT. */
    public JDialog changeServers(JFrame owner, MailDomain domain, ErrorTexts errors, Locale locale, Runnable changed) {
        ChangeServersDialog dialog = new ChangeServersDialog(owner, domain, changeSets, overview, verification, tasks, errors,
                new MigrationTexts(locale), changed);
        dialog.show();
        return dialog.dialog();
    }

    /** Opens the list of change sets and loads it in the background; {@code changed} runs after a revert. EDT. */
    public JDialog showChangeSets(JFrame owner, ErrorTexts errors, Locale locale, Runnable changed) {
        ChangeSetsDialog dialog = new ChangeSetsDialog(owner, changeSets, tasks, errors, new MigrationTexts(locale), changed);
        dialog.show();
        return dialog.dialog();
    }

    /** Opens the overview and loads it in the background; {@code checked} runs after a re-verify recorded results. EDT. */
    public JDialog showOverview(JFrame owner, ErrorTexts errors, Locale locale, Runnable checked) {
        OverviewDialog dialog = new OverviewDialog(owner, overview, verification, tasks, errors, new MigrationTexts(locale), clock,
                checked);
        dialog.show();
        return dialog.dialog();
    }
}
