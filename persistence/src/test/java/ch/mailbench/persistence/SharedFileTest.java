package ch.mailbench.persistence;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.StaleDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two Mailbench instances on one file, and backups taken while someone writes. */
class SharedFileTest {

    @TempDir
    Path folder;

    @Test
    void twoInstancesSeeEachOthersChangesAndAConflictingEditIsRefused() {
        Path file = folder.resolve("shared.db");
        JooqStore first = new JooqStore(Database.open(file, Clock.systemUTC()));
        JooqStore second = new JooqStore(Database.open(file, Clock.systemUTC()));
        Customer inFirst = first.repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        Customer inSecond = second.repositories().customers().findByName("Garage Meier").orElseThrow();

        first.repositories().customers().update(inFirst.withContact("Hans Meier", "+41 44 555 01 02", ""));

        assertThatThrownBy(() -> second.repositories().customers().update(inSecond.withNotes("typed in the second window")))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed or deleted elsewhere");
        Customer refreshed = second.repositories().customers().findById(inSecond.id()).orElseThrow();
        assertThat(refreshed.contactPerson()).isEqualTo("Hans Meier");
        second.repositories().customers().update(refreshed.withNotes("typed again after the refresh"));
        assertThat(first.repositories().customers().findById(inFirst.id()).orElseThrow().notes()).isEqualTo("typed again after the refresh");
    }

    @Test
    void twoInstancesWritingAtOnceLoseNothingAndCorruptNothing() throws Exception {
        Path file = folder.resolve("shared.db");
        Database one = Database.open(file, Clock.systemUTC());
        Database two = Database.open(file, Clock.systemUTC());
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Database database : List.of(one, two)) {
                JooqStore store = new JooqStore(database);
                String prefix = database == one ? "One " : "Two ";
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        int n = i;
                        store.inTransaction(r -> r.customers().insert(Customer.create(prefix + n, SheetLanguage.FR)));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(new JooqStore(one).repositories().customers().count()).isEqualTo(200);
        assertThat(one.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void aBackupTakenWhileAnotherInstanceWritesIsConsistent() throws Exception {
        Path file = folder.resolve("live.db");
        Database database = Database.open(file, Clock.systemUTC());
        JooqStore writer = new JooqStore(Database.open(file, Clock.systemUTC()));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        Thread background = new Thread(() -> {
            int n = 0;
            while (writing.get()) {
                int current = n++;
                writer.inTransaction(r -> {
                    Customer customer = r.customers().insert(Customer.create("Customer " + current, SheetLanguage.FR));
                    return r.domains().insert(MailDomain.create(customer.id(),
                            DomainName.of("customer" + current + ".ch"), "", TestData.INFOMANIAK));
                });
                committed.incrementAndGet();
            }
        });
        background.start();
        try {
            for (int i = 1; i <= 3; i++) {
                // Each copy is taken after the writer committed more: a wait on what happened, not on time.
                int before = committed.get();
                while (committed.get() <= before) {
                    assertThat(background.isAlive()).as("the writer is still writing").isTrue();
                    LockSupport.parkNanos(1_000_000);
                }
                Path copy = folder.resolve("backup-" + i + ".db");

                database.backUpTo(copy);

                Database restored = Database.open(copy, Clock.systemUTC());
                assertThat(restored.dsl().fetchValue("PRAGMA integrity_check")).isEqualTo("ok");
                JooqStore copyStore = new JooqStore(restored);
                assertThat(copyStore.repositories().domains().count())
                        .as("every customer in the copy comes with the domain written in the same transaction")
                        .isEqualTo(copyStore.repositories().customers().count());
            }
        } finally {
            writing.set(false);
            background.join();
        }
    }
}
