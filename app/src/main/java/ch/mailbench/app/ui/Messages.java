package ch.mailbench.app.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The console's user-visible text in the user's language (French, German or English). */
public final class Messages {

    private static final String BUNDLE = "ch.mailbench.app.ui.Messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text for {@code key} with {@code {0}}-style placeholders filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
