package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.Messages;

import java.util.Locale;

/** The text of CSV import and backup, in French, German or English. */
public final class DataMessages extends Messages {

    public DataMessages(Locale locale) {
        super("ch.mailbench.app.ui.data.DataMessages", locale);
    }
}
