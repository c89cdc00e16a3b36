package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.Messages;

import java.util.Locale;

/** The sheet dialog's own words (French, German, English), kept apart from the main window's bundle. */
final class SheetDialogText extends Messages {

    SheetDialogText(Locale locale) {
        super("ch.mailbench.app.ui.sheet.SheetDialog", locale);
    }
}
