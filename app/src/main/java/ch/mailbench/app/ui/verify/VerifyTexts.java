package ch.mailbench.app.ui.verify;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.OutcomeTexts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The connection tester's console text in French, German or English, and the outcome explanations. */
public final class VerifyTexts extends Messages {

    private final OutcomeTexts outcomes;
    private final DateTimeFormatter dateTime;

    public VerifyTexts(Locale locale) {
        super("ch.mailbench.app.ui.verify.VerifyMessages", locale);
        this.outcomes = new OutcomeTexts(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.systemDefault());
    }

    public OutcomeTexts outcomes() {
        return outcomes;
    }

    public String usernameFormat(UsernameFormat format) {
        return format.kind() == UsernameFormat.Kind.CUSTOM ? format.customValue() : get("format." + format.kind().name());
    }

    public String time(Instant instant) {
        return dateTime.format(instant);
    }
}
