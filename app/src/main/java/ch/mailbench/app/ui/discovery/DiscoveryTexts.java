package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.discovery.Candidate;
import ch.mailbench.core.discovery.Confirmation;
import ch.mailbench.core.discovery.Evidence;
import ch.mailbench.core.discovery.EvidenceTexts;
import ch.mailbench.core.discovery.SourceReport;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.OutcomeTexts;

import java.util.Locale;

/** The discovery feature's console text in French, German or English. */
final class DiscoveryTexts extends Messages {

    private final EvidenceTexts evidence;
    private final OutcomeTexts outcomes;

    DiscoveryTexts(Locale locale) {
        super("ch.mailbench.app.ui.discovery.DiscoveryMessages", locale);
        this.evidence = new EvidenceTexts(locale);
        this.outcomes = new OutcomeTexts(locale);
    }

    /** What a confirming login's outcome means, worded by core's outcome texts in this language. */
    String explanation(Confirmation login) {
        return outcomes.explanation(login.diagnosis());
    }

    /** Why a candidate is proposed, worded by core's bundle in this language. */
    String sentence(Evidence fact) {
        return evidence.sentence(fact);
    }

    String summary(SourceReport report) {
        return evidence.summary(report);
    }

    String usernameFormat(UsernameFormat format) {
        return format.kind() == UsernameFormat.Kind.CUSTOM ? format.customValue() : get("format." + format.kind().name());
    }

    String role(Candidate candidate) {
        return candidate.incoming() ? format("role.incoming", candidate.protocol().name()) : get("role.smtp");
    }
}
