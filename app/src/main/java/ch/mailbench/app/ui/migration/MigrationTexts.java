package ch.mailbench.app.ui.migration;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.UsernameFormat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The migration-day console text (overview, re-verify) in French, German or English. */
final class MigrationTexts extends Messages {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    MigrationTexts(Locale locale) {
        super("ch.mailbench.app.ui.migration.MigrationMessages", locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
        this.date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());
    }

    /** Symbol and word, never colour alone: "✖ failing". */
    String status(CheckStatus status) {
        return symbol(status) + " " + get("status." + status.name());
    }

    /** One difference since the last good check, in words: "username format changed from full address to part before the @". */
    String change(SinceLastGood.Change change) {
        if (change instanceof SinceLastGood.Change.NowFails c) {
            return format("since.nowFails", date.format(c.verifiedAt()));
        }
        if (change instanceof SinceLastGood.Change.UsernameChanged c) {
            return format("since.username", usernameFormat(c.from()), usernameFormat(c.to()));
        }
        if (change instanceof SinceLastGood.Change.ServerChanged c) {
            return format("since.server", c.protocol().name(), endpoint(c.from()), endpoint(c.to()));
        }
        SinceLastGood.Change.IssuerChanged c = (SinceLastGood.Change.IssuerChanged) change;
        return format("since.issuer", c.protocol().name(), c.from(), c.to());
    }

    private String usernameFormat(UsernameFormat format) {
        return format.kind() == UsernameFormat.Kind.CUSTOM ? "\u201c" + format.customValue() + "\u201d"
                : get("change.format." + format.kind().name());
    }

    private static String endpoint(Endpoint endpoint) {
        return endpoint.host().unicode() + ":" + endpoint.port().number() + " " + endpoint.security().label();
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
