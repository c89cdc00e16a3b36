package ch.mailbench.app.ui.vault;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of the vault, import and backup parts of the console, in French, German or English.
 * Every text goes through {@link MessageFormat}, so an apostrophe is written twice in the bundles.
 */
public final class VaultMessages {

    private static final String BUNDLE = "ch.mailbench.app.ui.vault.VaultMessages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public VaultMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key) {
        return format(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
