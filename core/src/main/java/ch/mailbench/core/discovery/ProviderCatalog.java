package ch.mailbench.core.discovery;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.ModernAuthProviders;
import ch.mailbench.core.port.ProviderRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The providers discovery knows: the shipped catalog with the technician's own providers laid over
 * it. An own provider with a shipped provider's key replaces it; deleting the own one brings the
 * shipped entry back, so shipped entries can be overridden but never lost.
 *
 * <p>Reads the repository on every call (own providers may change in another window); call it off
 * the Event Dispatch Thread.
 */
public final class ProviderCatalog implements ModernAuthProviders {

    private final Supplier<List<Provider>> readShipped;
    private final ProviderRepository own;
    /** Read on first use: the console's start-up, opening the database for its customer list, needs no provider. */
    private volatile List<Provider> shipped;

    public ProviderCatalog(List<Provider> shipped, ProviderRepository own) {
        this(() -> shipped, own);
    }

    /** As above, with the shipped catalog read when first needed ({@code CatalogFile::shipped}). */
    public ProviderCatalog(Supplier<List<Provider>> shipped, ProviderRepository own) {
        this.readShipped = Objects.requireNonNull(shipped, "shipped");
        this.own = Objects.requireNonNull(own, "own");
    }

    private List<Provider> shipped() {
        List<Provider> read = shipped;
        if (read == null) {
            // Two threads may both read it: the same file gives the same list.
            read = List.copyOf(readShipped.get());
            shipped = read;
        }
        return read;
    }

    /** Every provider in effect, sorted by name: own ones, and shipped ones not overridden. */
    public List<Provider> all() {
        Map<String, Provider> byId = new LinkedHashMap<>();
        shipped().forEach(p -> byId.put(p.id(), p));
        own.findAll().forEach(p -> byId.put(p.id(), p));
        List<Provider> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(all);
    }

    /** The shipped entry under {@code id}, whether or not an own provider overrides it. */
    public Optional<Provider> shippedEntry(String id) {
        return shipped().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The technician's own provider under {@code id}, if there is one. */
    public Optional<Provider> ownEntry(String id) {
        return own.findAll().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Provider> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The provider whose addresses use {@code domain} (gmail.com, bluewin.ch). */
    public Optional<Provider> byDomain(DomainName domain) {
        return all().stream().filter(p -> p.servesDomain(domain)).findFirst();
    }

    /** The provider one of whose MX patterns matches {@code mxHost}. */
    public Optional<Provider> byMx(String mxHost) {
        return all().stream().filter(p -> p.matchesMx(mxHost)).findFirst();
    }

    /**
     * A provider marked as needing modern sign-in that this domain belongs to: by the domain itself
     * (gmail.com), by the domain's recorded provider (its name or key), or because its servers are
     * that provider's (outlook.office365.com). The MX is not looked up here: a check makes no DNS
     * queries of its own.
     */
    @Override
    public Optional<String> requiring(MailDomain domain, ServerSettings settings) {
        List<String> hosts = java.util.stream.Stream.of(settings.incoming(), settings.outgoing()).flatMap(Optional::stream)
                .map(e -> e.host().ascii()).toList();
        return all().stream().filter(Provider::modernAuthRequired)
                .filter(p -> p.servesDomain(domain.name()) || p.name().equalsIgnoreCase(domain.provider().strip())
                        || p.id().equalsIgnoreCase(domain.provider().strip())
                        || p.servers().stream().map(s -> s.hostFor(domain.name()).ascii()).anyMatch(hosts::contains))
                .map(Provider::name).findFirst();
    }

    /** Adds or replaces an own provider (one with a shipped key overrides the shipped entry). */
    public Provider save(Provider provider) {
        return own.save(provider.withOrigin(Provider.Origin.OWN));
    }

    /** Removes an own provider; a shipped entry it overrode is in effect again. */
    public boolean delete(String id) {
        return own.delete(id);
    }

    /** Stores imported providers as own ones, in one transaction. */
    public void saveAll(List<Provider> providers) {
        own.saveAll(providers.stream().map(p -> p.withOrigin(Provider.Origin.OWN)).toList());
    }
}
