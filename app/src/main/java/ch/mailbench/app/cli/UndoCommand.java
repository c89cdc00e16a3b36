package ch.mailbench.app.cli;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.UndoRefusedException;
import ch.mailbench.core.history.Undoable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench undo}: reverts this technician's last change, as Edit → Undo does. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = {"Reverts your last change (a delete brings the rows back with their passwords); refused, with the reason, "
                + "when someone changed the same rows since. Speaks the process's language (French, German, else English). The technician is $MAILBENCH_TECHNICIAN, the name set with "
                + "`mailbench technician --set`, or your user name."})
final class UndoCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Only say what would be undone.")
    boolean dryRun;

    private final MailbenchCommand parent;

    UndoCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() {
        HistoryTexts texts = new HistoryTexts(Locale.getDefault());
        Workbench workbench = parent.factory().open(parent.databaseAddress());
        Optional<Undoable> last = workbench.history().lastUndoable();
        if (last.isEmpty()) {
            parent.output().err().println(texts.say("nothing", workbench.history().technician()));
            return MailbenchCommand.EXIT_FAILED;
        }
        if (dryRun) {
            parent.output().out().println(texts.say("wouldUndo", texts.describe(last.get())));
            return MailbenchCommand.EXIT_OK;
        }
        try {
            HistoryEntry undo = workbench.history().undoLast();
            parent.output().out().println(texts.say("done", texts.describe(last.get()), Long.toString(undo.id())));
            return MailbenchCommand.EXIT_OK;
        } catch (UndoRefusedException e) {
            parent.output().err().println(texts.refused(e));
            return MailbenchCommand.EXIT_FAILED;
        }
    }
}
