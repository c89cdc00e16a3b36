package ch.mailbench.core.probe;

import ch.mailbench.core.model.Outcome;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plain-language explanation and hint for a {@link Diagnosis}, in French, German or English,
 * from the {@code ch.mailbench.core.model.Outcomes} bundle. Keys: {@code OUTCOME.explanation},
 * {@code OUTCOME.hint}, and {@code OUTCOME.variant.explanation|hint} to sharpen them.
 */
public final class OutcomeTexts {

    private static final String BUNDLE = "ch.mailbench.core.model.Outcomes";

    private final ResourceBundle bundle;
    private final Locale locale;

    public OutcomeTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String explanation(Diagnosis diagnosis) {
        return text(diagnosis, "explanation");
    }

    public String hint(Diagnosis diagnosis) {
        return text(diagnosis, "hint");
    }

    /** A short label for lists and tables: "Login refused", "Certificate expired". */
    public String label(Outcome outcome) {
        return new MessageFormat(bundle.getString(outcome.name() + ".label"), locale).format(new Object[0]);
    }

    public Locale locale() {
        return locale;
    }

    private String text(Diagnosis diagnosis, String part) {
        String outcome = diagnosis.outcome().name();
        String pattern = diagnosis.variant().isEmpty() ? null : lookup(outcome + "." + diagnosis.variant() + "." + part);
        if (pattern == null) {
            pattern = lookup(outcome + "." + part);
        }
        if (pattern == null) {
            return "";
        }
        return new MessageFormat(pattern, locale).format(diagnosis.arguments().toArray());
    }

    private String lookup(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
