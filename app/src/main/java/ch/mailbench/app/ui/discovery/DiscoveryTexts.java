package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.discovery.Candidate;
import ch.mailbench.core.model.UsernameFormat;

import java.util.Locale;

/** The discovery feature's console text in French, German or English. */
final class DiscoveryTexts extends Messages {

    DiscoveryTexts(Locale locale) {
        super("ch.mailbench.app.ui.discovery.DiscoveryMessages", locale);
    }

    String usernameFormat(UsernameFormat format) {
        return format.kind() == UsernameFormat.Kind.CUSTOM ? format.customValue() : get("format." + format.kind().name());
    }

    String role(Candidate candidate) {
        return candidate.incoming() ? format("role.incoming", candidate.protocol().name()) : get("role.smtp");
    }
}
