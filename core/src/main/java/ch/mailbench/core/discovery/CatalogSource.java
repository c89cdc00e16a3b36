package ch.mailbench.core.discovery;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;

import java.util.List;
import java.util.Optional;

/** The provider catalog by the address's domain: gmail.com → Gmail. MX patterns are matched by the DNS source. */
final class CatalogSource implements DiscoverySource {

    static final int TRUST = 100;

    @Override
    public Source kind() {
        return Source.CATALOG;
    }

    @Override
    public SourceReport find(Run run) {
        Optional<Provider> provider = run.catalog.byDomain(run.address.domain());
        if (provider.isEmpty()) {
            return new SourceReport(kind(), SourceReport.State.NOTHING,
                    List.of(Evidence.of(Evidence.Kind.CATALOG_NONE, run.address.domain().unicode())), 0);
        }
        offer(run, provider.get(), TRUST, Evidence.of(Evidence.Kind.CATALOG_DOMAIN, run.address.domain().unicode(), provider.get().name()));
        return new SourceReport(kind(), SourceReport.State.FOUND, List.of(Evidence.of(Evidence.Kind.CATALOG_FOUND, provider.get().name())), 0);
    }

    /** Offers the provider's servers in its order of preference (shared with the MX match of the DNS source). */
    static void offer(Run run, Provider provider, int trust, Evidence evidence) {
        DomainName domain = run.address.domain();
        int rank = 0;
        for (ProviderServer server : provider.servers()) {
            try {
                run.offer(Candidate.found(server.protocol(), server.endpointFor(domain), provider.usernameFormat(), Source.CATALOG,
                        trust - rank, List.of(evidence), provider.modernAuthRequired(), Optional.of(provider.name())));
            } catch (IllegalArgumentException e) {
                continue; // a %EMAILDOMAIN% host that gives no valid name for this domain
            }
            rank++;
        }
    }
}
