package ch.mailbench.core.discovery;

import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.ModernAuthProviders;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which provider that refuses plain passwords a domain belongs to, by the catalog (domain, recorded
 * provider, servers) and — only after a login was refused — by the domain's MX: a Microsoft 365
 * customer with its own domain name and its own server alias is recognised by
 * {@code *.mail.protection.outlook.com}. The MX is looked up through the configured resolver.
 */
public final class MxModernAuth implements ModernAuthProviders {

    private final ProviderCatalog catalog;
    private final Supplier<DnsResolver> resolver;

    /** @param resolver the resolver in effect now (the technician's setting may change between runs) */
    public MxModernAuth(ProviderCatalog catalog, Supplier<DnsResolver> resolver) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    @Override
    public Optional<String> requiring(MailDomain domain, ServerSettings settings) {
        return catalog.requiring(domain, settings);
    }

    /** Looks up the MX (a DNS query, bounded by the resolver's timeout); no answer means no provider. */
    @Override
    public Optional<String> requiringByMx(MailDomain domain) {
        try {
            for (String mx : resolver.get().mxHosts(domain.name().ascii())) {
                Optional<Provider> provider = catalog.byMx(mx);
                if (provider.isPresent()) {
                    return provider.filter(Provider::modernAuthRequired).map(Provider::name);
                }
            }
        } catch (IOException e) {
            return Optional.empty(); // no DNS answer: the refusal keeps its plain explanation
        }
        return Optional.empty();
    }
}
