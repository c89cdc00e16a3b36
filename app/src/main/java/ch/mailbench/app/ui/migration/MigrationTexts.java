package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CheckStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The migration-day console text (overview, re-verify) in French, German or English. */
final class MigrationTexts extends Messages {

    private final DateTimeFormatter dateTime;

    MigrationTexts(Locale locale) {
        super("ch.mailbench.app.ui.migration.MigrationMessages", locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
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
