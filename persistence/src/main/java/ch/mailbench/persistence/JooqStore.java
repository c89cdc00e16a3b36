package ch.mailbench.persistence;

import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.function.Function;

/** The SQLite store: repositories over the database, and transactions that bind them to one connection. */
public final class JooqStore implements Store {

    private final Database database;
    /** Made on first use, with jOOQ: the console's start needs neither. */
    private volatile Repositories repositories;

    public JooqStore(Database database) {
        this.database = database;
    }

    @Override
    public Repositories repositories() {
        Repositories made = repositories;
        if (made == null) {
            made = repositoriesOver(database.dsl());
            // Two threads may both make them: the repositories hold no state, either set will do.
            repositories = made;
        }
        return made;
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        return database.dsl().transactionResult(configuration -> work.apply(repositoriesOver(DSL.using(configuration))));
    }

    private static Repositories repositoriesOver(DSLContext dsl) {
        return new Repositories(new JooqCustomerRepository(dsl), new JooqMailDomainRepository(dsl),
                new JooqMailboxRepository(dsl), new JooqVerificationRepository(dsl), new JooqSecretRepository(dsl),
                new JooqChangeSetRepository(dsl), new JooqHistoryRepository(dsl));
    }
}
