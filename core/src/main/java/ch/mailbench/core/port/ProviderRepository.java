package ch.mailbench.core.port;

import ch.mailbench.core.model.Provider;

import java.util.List;

/**
 * The technician's own providers (added, edited, imported from ISPDB). Shipped providers are not
 * stored: an own provider with a shipped one's id overrides it, and deleting it brings the shipped one back.
 */
public interface ProviderRepository {

    /** Every own provider, sorted by name. */
    List<Provider> findAll();

    /** Inserts or replaces the provider with this id; returns it with origin OWN. */
    Provider save(Provider provider);

    /** Saves all of them in one transaction (an ISPDB import). */
    void saveAll(List<Provider> providers);

    /** Removes the own provider; true when there was one. */
    boolean delete(String id);

    /** No own providers, and no place to keep any: for a command run without a database. */
    static ProviderRepository none() {
        return new ProviderRepository() {
            @Override
            public List<Provider> findAll() {
                return List.of();
            }

            @Override
            public Provider save(Provider provider) {
                throw new IllegalStateException("Own providers need a database");
            }

            @Override
            public void saveAll(List<Provider> providers) {
                throw new IllegalStateException("Own providers need a database");
            }

            @Override
            public boolean delete(String id) {
                return false;
            }
        };
    }
}
