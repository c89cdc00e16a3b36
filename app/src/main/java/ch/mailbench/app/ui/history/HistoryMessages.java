package ch.mailbench.app.ui.history;

import ch.mailbench.app.ui.Messages;

import java.util.Locale;

/** The texts of the History tab and of Undo, in French, German or English. */
public final class HistoryMessages extends Messages {

    public HistoryMessages(Locale locale) {
        super("ch.mailbench.app.ui.history.HistoryMessages", locale);
    }
}
