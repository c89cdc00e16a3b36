package ch.mailbench.app.ui;

import java.util.Locale;

/** The language of the console: the operating system's, or one chosen in the View menu. */
public enum UiLanguage {
    SYSTEM(null), ENGLISH(Locale.ENGLISH), FRENCH(Locale.FRENCH), GERMAN(Locale.GERMAN);

    private final Locale locale;

    UiLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The locale to show the console in; for SYSTEM the OS locale (the bundles fall back to English). */
    public Locale locale(Locale systemLocale) {
        return locale == null ? systemLocale : locale;
    }
}
