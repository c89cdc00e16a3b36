package ch.mailbench.app.cli;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryWords;
import ch.mailbench.core.history.UndoRefusal;
import ch.mailbench.core.history.UndoRefusedException;
import ch.mailbench.core.history.Undoable;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The words of {@code mailbench log} and {@code mailbench undo} in the process's language (French, German, else
 * English), like the other command-line texts; {@code --json} keeps its fixed English names. Why an undo was refused
 * comes from core as data ({@link UndoRefusal}) and is worded here too.
 */
final class HistoryTexts {

    private final Locale locale;
    private final ResourceBundle words;

    HistoryTexts(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("ch.mailbench.app.cli.HistoryTexts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String say(String key, Object... values) {
        return new MessageFormat(words.getString(key), locale).format(values);
    }

    /** "delete customer", "undo delete customer", "change mailbox (undone)". */
    String what(HistoryEntry entry) {
        String what = entry.action() == HistoryEntry.Action.UNDONE
                ? say("undo", plain(entry.target(), HistoryEntry.Action.valueOf(entry.newValues().get("undone"))))
                : plain(entry.target(), entry.action());
        return entry.undone() ? say("undone", what) : what;
    }

    private String plain(HistoryEntry.Target target, HistoryEntry.Action action) {
        String key = "what." + target.name() + "." + action.name();
        return words.containsKey(key) ? say(key) : HistoryWords.action(action) + " " + HistoryWords.target(target);
    }

    /** "delete of customer Bäckerei Frei", "change of domain x.ch (3 changes)": what an undo reverts. */
    String describe(Undoable undoable) {
        HistoryEntry main = undoable.main();
        String key = "describe." + main.target().name() + "." + main.action().name();
        if (!words.containsKey(key)) {
            return undoable.describe();
        }
        String described = say(key, main.label());
        return undoable.entries().size() > 1 && main.action() != HistoryEntry.Action.IMPORTED
                ? say("more", described, undoable.entries().size()) : described;
    }

    String refused(UndoRefusedException refused) {
        return refused(refused.undoable(), refused.reasons(), refused.setAside());
    }

    /** "Impossible d’annuler … : le client … a été modifié par bob le … depuis. Rien n’a été annulé." */
    String refused(Undoable undoable, List<UndoRefusal> reasons, boolean setAside) {
        String text = say("refused", describe(undoable), reasons.stream().map(this::refusal).collect(Collectors.joining(say("refusal.and") + " ")));
        return setAside ? text + " " + say("setAside") : text;
    }

    private String refusal(UndoRefusal refusal) {
        return words.containsKey(refusal.key()) ? say(refusal.key(), refusal.arguments()) : refusal.english();
    }
}
