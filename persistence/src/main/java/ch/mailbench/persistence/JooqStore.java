package ch.mailbench.persistence;

import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.function.Function;

/** The SQLite store: repositories over the database, and transactions that bind them to one connection. */
public final class JooqStore implements Store {

    private final DSLContext dsl;
    private final Repositories repositories;

    public JooqStore(Database database) {
        this.dsl = database.dsl();
        this.repositories = repositoriesOver(dsl);
    }

    @Override
    public Repositories repositories() {
        return repositories;
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        return dsl.transactionResult(configuration -> work.apply(repositoriesOver(DSL.using(configuration))));
    }

    private static Repositories repositoriesOver(DSLContext dsl) {
        return new Repositories(new JooqCustomerRepository(dsl), new JooqMailDomainRepository(dsl),
                new JooqMailboxRepository(dsl), new JooqVerificationRepository(dsl), new JooqSecretRepository(dsl),
                new JooqChangeSetRepository(dsl), new JooqHistoryRepository(dsl));
    }
}
