package ch.mailbench.core.sheet;

import ch.mailbench.core.model.SheetLanguage;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The sheet's words in one language. Placeholders are {@code {name}} (not MessageFormat, whose
 * quoting rules clash with French apostrophes); numbers and dates use the language's locale.
 */
final class SheetText {

    static final String BUNDLE = "ch.mailbench.core.sheet.SheetText";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    SheetText(SheetLanguage language) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dateTime = new java.time.format.DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.LONG, null).appendLiteral(", ").appendLocalized(null, FormatStyle.SHORT)
                .toFormatter(locale);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    Optional<String> find(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The text with its placeholders filled in, as plain text. */
    String fill(String key, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments(get(key), values)) {
            out.append(segment.text());
        }
        return out.toString();
    }

    String dateTime(ZonedDateTime when) {
        return dateTime.format(when);
    }

    String date(ZonedDateTime when) {
        return date.format(when);
    }

    String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    Locale locale() {
        return locale;
    }

    /** A piece of a filled-in text: literal words, or a value that was put in for a placeholder. */
    record Segment(String text, boolean value) {
    }

    /** Splits {@code template} at its placeholders; an unknown placeholder is a programming error. */
    static List<Segment> segments(String template, Map<String, String> values) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                segments.add(new Segment(template.substring(i), false));
                break;
            }
            if (open > i) {
                segments.add(new Segment(template.substring(i, open), false));
            }
            String name = template.substring(open + 1, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("No value for {" + name + "} in \"" + template + "\"");
            }
            segments.add(new Segment(value, true));
            i = close + 1;
        }
        return segments;
    }
}
