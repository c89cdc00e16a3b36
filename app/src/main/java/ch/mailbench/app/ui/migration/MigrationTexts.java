package ch.mailbench.app.ui.migration;

import ch.mailbench.core.directory.CheckStatus;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The migration-day console text (overview, re-verify) in French, German or English. */
final class MigrationTexts {

    private static final String BUNDLE = "ch.mailbench.app.ui.migration.MigrationMessages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dateTime;

    MigrationTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
    }

    /** Every text is a MessageFormat pattern (apostrophes doubled), so plain texts go through it too. */
    String get(String key) {
        return format(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Symbol and word, never colour alone: "✖ failing". */
    String status(CheckStatus status) {
        return symbol(status) + " " + get("status." + status.name());
    }

    String time(Instant instant) {
        return dateTime.format(instant);
    }

    private static String symbol(CheckStatus status) {
        return switch (status) {
            case VERIFIED -> "✔";
            case FAILING -> "✖";
            case STALE -> "⚠";
            case NEVER_CHECKED -> "○";
            case NEEDS_PASSWORD -> "🔑";
        };
    }
}
