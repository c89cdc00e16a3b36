package ch.mailbench.app.ui.sheet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sheet dialog's own words (French, German, English), kept apart from the main window's bundle. */
final class SheetDialogText {

    private final ResourceBundle bundle;
    private final Locale locale;

    SheetDialogText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("ch.mailbench.app.ui.sheet.SheetDialog", locale);
    }

    String get(String key) {
        return new MessageFormat(bundle.getString(key), locale).format(new Object[0]);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
