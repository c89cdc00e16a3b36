package ch.mailbench.app.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The console's user-visible text in the user's language (French, German or English): the one
 * wrapper of every resource bundle of the console. Features name their own bundle by extending it
 * ({@code VaultMessages}, {@code VerifyTexts}, {@code SheetDialogText}).
 * <p>
 * One convention for every bundle: each text is a {@link MessageFormat} pattern, also when it has no
 * placeholder, so an apostrophe is always written twice ({@code ''}) and a literal brace is quoted.
 */
public class Messages {

    private static final String BUNDLE = "ch.mailbench.app.ui.Messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    /** The main window's texts. */
    public Messages(Locale locale) {
        this(BUNDLE, locale);
    }

    /** The texts of {@code bundleName} (a feature's own bundle). */
    protected Messages(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleName, locale);
    }

    /** The text for {@code key}, a pattern without placeholders. */
    public final String get(String key) {
        return format(key);
    }

    /** The text for {@code key} with {@code {0}}-style placeholders filled in. */
    public final String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Whether the bundle has {@code key}: for texts keyed by data (field names) that fall back to the data itself. */
    public final boolean has(String key) {
        return bundle.containsKey(key);
    }

    public final Locale locale() {
        return locale;
    }
}
