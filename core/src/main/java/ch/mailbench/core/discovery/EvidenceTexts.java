package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.probe.OutcomeTexts;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Discovery's {@link Evidence} and {@link SourceReport} summaries in French, German or English:
 * the console in its UI language, the command line in the process's. Thread-safe.
 */
public final class EvidenceTexts {

    private static final String BUNDLE = "ch.mailbench.core.discovery.Evidence";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final OutcomeTexts outcomes;

    /** English whatever the default locale: {@code --json}, logs and tests read the same sentences everywhere. */
    public static EvidenceTexts english() {
        return new EvidenceTexts(Locale.ROOT);
    }

    public EvidenceTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: English asked for is English, on a French machine too.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.outcomes = new OutcomeTexts(locale);
    }

    public String sentence(Evidence evidence) {
        String key = evidence.kind() == Evidence.Kind.CERTIFICATE_STATUS
                ? evidence.kind().name() + "." + ((CertificateStatus) evidence.values().get(0)).name() : evidence.kind().name();
        Object[] arguments = evidence.values().stream().map(this::word).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public List<String> sentences(List<Evidence> evidence) {
        return evidence.stream().map(this::sentence).toList();
    }

    /** How a source ended, its parts joined: "MX mx01.mail.icloud.com → iCloud Mail; SRV _imaps._tcp: not offered". */
    public String summary(SourceReport report) {
        return String.join(bundle.getString("join.parts"), sentences(report.summary()));
    }

    /** "provider catalog", "DNS (MX, SRV)". */
    public String label(Source source) {
        return bundle.getString("source." + source.name());
    }

    private Object word(Object value) {
        if (value instanceof Evidence nested) {
            return sentence(nested);
        }
        if (value instanceof Outcome outcome) {
            return outcomes.label(outcome);
        }
        if (value instanceof List<?> chain) {
            return String.join(bundle.getString("join.then"), chain.stream().map(v -> String.valueOf(word(v))).toList());
        }
        return value instanceof Number ? value : String.valueOf(value);
    }
}
