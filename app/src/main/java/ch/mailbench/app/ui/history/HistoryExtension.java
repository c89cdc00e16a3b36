package ch.mailbench.app.ui.history;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.action.ConsoleContext;
import ch.mailbench.app.ui.action.ConsoleExtension;
import ch.mailbench.app.ui.action.MenuId;
import ch.mailbench.app.ui.browse.RelativeTime;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.history.HistoryQuery;
import ch.mailbench.core.history.HistoryService;

import javax.swing.JOptionPane;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Who changed what, in the console: the History tab of the customer view, Edit → Undo, and
 * Edit → Your name in the history. The tab and the Undo label follow every change of the open
 * customer (the window reloads it after each edit, so a new {@link CustomerFile} arrives).
 */
public final class HistoryExtension implements ConsoleExtension {

    /** How many entries the tab shows: the newest; the command line shows more. */
    private static final int SHOWN = 500;

    private final HistoryService history;
    private final Clock clock;
    private final Supplier<Optional<String>> technicianName;
    private final Consumer<String> setTechnicianName;
    private Optional<CustomerFile> shown = Optional.empty();

    /**
     * @param technicianName    the name set in the settings, if any
     * @param setTechnicianName sets it (empty: back to the user name)
     */
    public HistoryExtension(HistoryService history, Clock clock, Supplier<Optional<String>> technicianName,
                            Consumer<String> setTechnicianName) {
        this.history = history;
        this.clock = clock;
        this.technicianName = technicianName;
        this.setTechnicianName = setTechnicianName;
    }

    @Override
    public void install(ConsoleContext context) {
        HistoryMessages messages = new HistoryMessages(context.messages().locale());
        HistoryTexts texts = new HistoryTexts(messages);
        HistoryPanel panel = new HistoryPanel(messages, texts, new RelativeTime(context.messages(), clock));
        ErrorTexts errors = new ErrorTexts(context.messages());
        context.customerTabs().add("historyPanel", messages.get("tab.history"), panel.component());

        UndoAction undo = new UndoAction(history, messages, context.tasks(), errors, context.frame(), context.reload());
        context.menus().addSeparator(MenuId.EDIT);
        context.menus().add(MenuId.EDIT, undo.action());
        context.menus().add(MenuId.EDIT, new ConsoleAction("technicianName", messages.get("menu.technician"), null,
                () -> askName(context, messages)));

        context.selection().addListener(() -> {
            Optional<CustomerFile> customer = context.selection().customer();
            // Selecting a domain or mailbox keeps the same file: only a newly loaded customer means new history.
            if (customer.isPresent() && shown.isPresent() && customer.get() == shown.get()) {
                return;
            }
            shown = customer;
            undo.refresh();
            customer.ifPresent(file -> load(file.customer().id(), panel, messages, errors, context));
        });
        undo.refresh();
    }

    private void load(long customerId, HistoryPanel panel, HistoryMessages messages, ErrorTexts errors, ConsoleContext context) {
        panel.say(messages.get("loading"));
        BackgroundTask.of(monitor -> history.log(HistoryQuery.ofCustomer(customerId, SHOWN)))
                .onSuccess(entries -> {
                    if (shown.map(file -> file.customer().id() == customerId).orElse(false)) {
                        panel.show(entries);
                    }
                })
                .onFailure(e -> panel.say(messages.format("loadFailed", errors.describe(e))))
                .executeWith(context.tasks());
    }

    private void askName(ConsoleContext context, HistoryMessages messages) {
        Object answer = JOptionPane.showInputDialog(context.frame(),
                messages.format("technician.prompt", System.getProperty("user.name", "?")), messages.get("technician.title"),
                JOptionPane.QUESTION_MESSAGE, null, null, technicianName.get().orElse(""));
        if (answer != null) {
            setTechnicianName.accept(answer.toString());
        }
    }
}
