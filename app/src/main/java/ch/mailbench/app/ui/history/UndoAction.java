package ch.mailbench.app.ui.history;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Mnemonic;
import ch.mailbench.app.ui.action.ConsoleAction;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.history.HistoryService;
import ch.mailbench.core.history.UndoRefusedException;
import ch.mailbench.core.history.Undoable;

import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Edit → Undo: names what it would undo ("Undo delete of customer Bäckerei Frei"), asks the
 * database again in the background whenever data may have changed, undoes in the background and
 * shows a refusal in words. EDT only.
 */
final class UndoAction {

    private final HistoryService history;
    private final HistoryMessages messages;
    private final HistoryTexts texts;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;
    private final JFrame frame;
    private final Runnable reload;
    private final ConsoleAction action;
    private Optional<Undoable> pending = Optional.empty();

    UndoAction(HistoryService history, HistoryMessages messages, TaskExecutor tasks, ErrorTexts errors, JFrame frame,
               Runnable reload) {
        this.history = history;
        this.messages = messages;
        this.texts = new HistoryTexts(messages);
        this.tasks = tasks;
        this.errors = errors;
        this.frame = frame;
        this.reload = reload;
        this.action = new ConsoleAction("undo", messages.get("menu.undo.nothing"), "ctrl Z", this::undo, () -> pending.isPresent());
    }

    ConsoleAction action() {
        return action;
    }

    /** Finds out in the background what Undo would revert now, and says so in the menu. */
    void refresh() {
        BackgroundTask.of(monitor -> history.lastUndoable())
                .onSuccess(this::offer)
                .onFailure(e -> offer(Optional.empty()))
                .executeWith(tasks);
    }

    private void offer(Optional<Undoable> undoable) {
        pending = undoable;
        String text = undoable.map(u -> messages.format("menu.undo.named", texts.undo(u))).orElse(messages.get("menu.undo.nothing"));
        action.putValue(Action.NAME, Mnemonic.of(text).text());
        action.updateEnabled();
    }

    private void undo() {
        String what = pending.map(texts::undo).orElse("");
        BackgroundTask.of(monitor -> history.undoLast())
                .shownAs(messages.format("task.undo", what))
                .onSuccess(done -> {
                    reload.run();
                    refresh();
                })
                .onFailure(failure -> {
                    refresh();
                    if (failure instanceof UndoRefusedException refused) {
                        JOptionPane.showMessageDialog(frame, messages.format("undo.refused",
                                        refused.reasons().stream().map(reason -> "• " + texts.refusal(reason)).collect(Collectors.joining("\n")))
                                        + (refused.setAside() ? "\n\n" + messages.get("undo.setAside") : ""),
                                messages.get("undo.refused.title"), JOptionPane.WARNING_MESSAGE);
                    } else {
                        JOptionPane.showMessageDialog(frame, messages.format("undo.failed", errors.describe(failure)),
                                messages.get("undo.refused.title"), JOptionPane.ERROR_MESSAGE);
                    }
                })
                .executeWith(tasks);
    }
}
