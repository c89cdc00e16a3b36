package ch.mailbench.persistence;

import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.ProviderRepository;
import ch.mailbench.persistence.jooq.tables.records.ProviderRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.Arrays;
import java.util.List;

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
        String domains = String.join("\n", provider.domains());
        String mx = String.join("\n", provider.mxPatterns());
        String servers = String.join("\n", provider.servers().stream().map(ProviderServer::toLine).toList());
        int modernAuth = provider.modernAuthRequired() ? 1 : 0;
        dsl.insertInto(PROVIDER)
                .set(PROVIDER.ID, provider.id())
                .set(PROVIDER.NAME, provider.name())
                .set(PROVIDER.DOMAINS, domains)
                .set(PROVIDER.MX_PATTERNS, mx)
                .set(PROVIDER.SERVERS, servers)
                .set(PROVIDER.USERNAME_FORMAT, provider.usernameFormat().storageForm())
                .set(PROVIDER.MODERN_AUTH, modernAuth)
                .set(PROVIDER.NOTES, provider.notes())
                .onConflict(PROVIDER.ID).doUpdate()
                .set(PROVIDER.NAME, provider.name())
                .set(PROVIDER.DOMAINS, domains)
                .set(PROVIDER.MX_PATTERNS, mx)
                .set(PROVIDER.SERVERS, servers)
                .set(PROVIDER.USERNAME_FORMAT, provider.usernameFormat().storageForm())
                .set(PROVIDER.MODERN_AUTH, modernAuth)
                .set(PROVIDER.NOTES, provider.notes())
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
