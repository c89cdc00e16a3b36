package ch.mailbench.app.ui.verify;

import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.OutcomeTexts;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The connection tester's console text in French, German or English, and the outcome explanations. */
public final class VerifyTexts {

    private static final String BUNDLE = "ch.mailbench.app.ui.verify.VerifyMessages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final OutcomeTexts outcomes;
    private final DateTimeFormatter dateTime;

    public VerifyTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.outcomes = new OutcomeTexts(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.systemDefault());
    }

    /** Every text is a MessageFormat pattern (apostrophes doubled), so plain texts go through it too. */
    public String get(String key) {
        return format(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
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

    public Locale locale() {
        return locale;
    }
}
