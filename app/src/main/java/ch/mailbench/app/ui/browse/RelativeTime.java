package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** "3 min ago", "2 h ago", "5 days ago" for lists; the exact time for tooltips. */
public final class RelativeTime {

    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter exact;
    private final DateTimeFormatter date;

    public RelativeTime(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.exact = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale()).withZone(clock.getZone());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).withZone(clock.getZone());
    }

    public String ago(Instant when) {
        Duration age = Duration.between(when, clock.instant());
        if (age.isNegative() || age.toSeconds() < 60) {
            return messages.get("time.justNow");
        }
        if (age.toMinutes() < 60) {
            return messages.format("time.minutesAgo", age.toMinutes());
        }
        if (age.toHours() < 24) {
            return messages.format("time.hoursAgo", age.toHours());
        }
        if (age.toDays() < 60) {
            return messages.format("time.daysAgo", age.toDays());
        }
        return date.format(when);
    }

    public String exact(Instant when) {
        return exact.format(when);
    }
}
