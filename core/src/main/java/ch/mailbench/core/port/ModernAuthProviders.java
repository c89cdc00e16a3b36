package ch.mailbench.core.port;

import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.ServerSettings;

import java.util.Optional;

/**
 * Which known provider that refuses plain passwords (Microsoft 365, Gmail: OAuth2 or app passwords
 * only) a domain's mail goes to, so a refused login can say so instead of "wrong password".
 * Implemented by the provider catalog; may read the database, so call it off the EDT.
 */
@FunctionalInterface
public interface ModernAuthProviders {

    /** The provider's name when {@code domain} with these {@code settings} belongs to one that needs modern sign-in. */
    Optional<String> requiring(MailDomain domain, ServerSettings settings);

    /**
     * The provider's name when the domain's MX says it belongs to one that needs modern sign-in. Asked
     * only after a login was refused (it may query DNS); none by default.
     */
    default Optional<String> requiringByMx(MailDomain domain) {
        return Optional.empty();
    }

    static ModernAuthProviders none() {
        return (domain, settings) -> Optional.empty();
    }
}
