package ch.mailbench.persistence;

import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.ProviderRepository;
import ch.mailbench.persistence.jooq.tables.records.ProviderRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static ch.mailbench.persistence.jooq.Tables.PROVIDER;

/** The technician's own providers in SQLite, one row each; lists are stored one item per line. */
public final class JooqProviderRepository implements ProviderRepository {

    /** jOOQ is set up on the first statement, not when the console starts. */
    private final Database database;

    public JooqProviderRepository(Database database) {
        this.database = database;
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    @Override
    public List<Provider> findAll() {
        DSLContext dsl = dsl();
        return dsl.selectFrom(PROVIDER).orderBy(CaseInsensitive.ascending(dsl, PROVIDER.NAME), PROVIDER.ID.asc())
                .fetch(JooqProviderRepository::toProvider);
    }

    @Override
    public Provider save(Provider provider) {
        Provider own = provider.withOrigin(Provider.Origin.OWN);
        upsert(dsl(), own);
        return own;
    }

    @Override
    public void saveAll(List<Provider> providers) {
        dsl().transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            providers.forEach(p -> upsert(tx, p));
        });
    }

    @Override
    public boolean delete(String id) {
        return dsl().deleteFrom(PROVIDER).where(PROVIDER.ID.eq(id)).execute() > 0;
    }

    private static void upsert(DSLContext dsl, Provider provider) {
        // The same values for a new row and for the one it replaces.
        Map<Field<?>, Object> values = Map.of(
                PROVIDER.NAME, provider.name(),
                PROVIDER.DOMAINS, String.join("\n", provider.domains()),
                PROVIDER.MX_PATTERNS, String.join("\n", provider.mxPatterns()),
                PROVIDER.SERVERS, String.join("\n", provider.servers().stream().map(ProviderServer::toLine).toList()),
                PROVIDER.USERNAME_FORMAT, provider.usernameFormat().storageForm(),
                PROVIDER.MODERN_AUTH, provider.modernAuthRequired() ? 1 : 0,
                PROVIDER.NOTES, provider.notes());
        dsl.insertInto(PROVIDER).set(PROVIDER.ID, provider.id()).set(values)
                .onConflict(PROVIDER.ID).doUpdate().set(values)
                .execute();
    }

    private static Provider toProvider(ProviderRecord row) {
        return provider(row.getId(), row.getName(), row.getDomains(), row.getMxPatterns(), row.getServers(),
                row.getUsernameFormat(), row.getModernAuth(), row.getNotes());
    }

    /** A row's columns as a provider (also read without jOOQ, see {@link ReadOnlyLookups}). */
    static Provider provider(String id, String name, String domains, String mxPatterns, String servers, String usernameFormat,
                             int modernAuth, String notes) {
        return new Provider(id, name, lines(domains), lines(mxPatterns), lines(servers).stream().map(ProviderServer::parse).toList(),
                UsernameFormat.fromStorageForm(usernameFormat), modernAuth == 1, notes, Provider.Origin.OWN);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
