package ch.mailbench.persistence;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryQuery;
import ch.mailbench.core.history.RecordingStore;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.core.port.StaleDataException;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.port.TeamDatabaseProbe.Verdict;
import ch.mailbench.persistence.testing.PostgresCluster;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening team databases on the test cluster: what is refused, and what is said. */
class PostgresDatabaseTest {

    private final PostgresCluster cluster = PostgresCluster.required();

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        PostgresAddress address = cluster.newDatabase("foreign");
        String url = "jdbc:postgresql://127.0.0.1:" + address.port() + "/" + address.database();
        try (Connection connection = DriverManager.getConnection(url, address.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

            assertThatThrownBy(() -> Database.open(address, Clock.systemUTC())).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("holds tables of another program (invoices)").hasMessageContaining("Nothing was changed");

            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                tables.next();
                assertThat(tables.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void anUnreachableServerIsNamedWithoutAnyPassword() {
        PostgresAddress nowhere = new PostgresAddress("127.0.0.1", 1, "mailbench", "anna", PostgresAddress.SslMode.DISABLE,
                java.util.Optional.empty());

        assertThatThrownBy(() -> Database.open(nowhere, Clock.systemUTC())).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Cannot connect to the team database postgresql://anna@127.0.0.1:1/mailbench");
    }

    @Test
    void aSecondOpeningTakesTheFastPathAndSeesTheSameData() {
        PostgresAddress address = cluster.newDatabase("reopen");
        try (Database first = Database.open(address, Clock.systemUTC())) {
            TestData.customer(new JooqStore(first).repositories(), "Boulangerie Dupont");
        }
        try (Database second = Database.open(address, Clock.systemUTC())) {
            assertThat(second.schemaVersion()).isEqualTo(Integer.toString(Database.CURRENT_SCHEMA_VERSION));
            assertThat(new JooqStore(second).repositories().customers().findByName("boulangerie DUPONT")).isPresent();
            assertThat(second.file()).isEmpty();
            assertThat(second.location()).isEqualTo(address.shownAs());
        }
    }

    /**
     * Two technicians, each with their own connection pool, edit the same mailbox from the same version:
     * the second save is refused, the first stays, and the history names who changed it (what the console shows).
     */
    @Test
    void theSecondOfTwoConnectionsEditingTheSameMailboxIsRefusedAndNothingIsLost() {
        PostgresAddress address = cluster.newDatabase("concurrent");
        try (Database anna = Database.open(address, Clock.systemUTC()); Database marc = Database.open(address, Clock.systemUTC())) {
            Store annaStore = new RecordingStore(new JooqStore(anna), Clock.systemUTC(), "anna");
            Store marcStore = new RecordingStore(new JooqStore(marc), Clock.systemUTC(), "marc");
            MailDomain domain = TestData.domain(annaStore.repositories(), TestData.customer(annaStore.repositories(), "Dupont"),
                    "dupont.example");
            Mailbox opened = TestData.mailbox(annaStore.repositories(), domain, "info");
            Mailbox seenByMarc = marcStore.repositories().mailboxes().findById(opened.id()).orElseThrow();

            annaStore.repositories().mailboxes().update(opened.withDisplayName("Accueil"));

            assertThatThrownBy(() -> marcStore.repositories().mailboxes().update(seenByMarc.withDisplayName("Info Dupont")))
                    .isInstanceOf(StaleDataException.class);
            Mailbox stored = marcStore.repositories().mailboxes().findById(opened.id()).orElseThrow();
            assertThat(stored.displayName()).isEqualTo("Accueil");
            assertThat(stored.version()).isEqualTo(opened.version() + 1);
            HistoryEntry last = marcStore.repositories().history().find(HistoryQuery.all(1)).get(0);
            assertThat(last.by()).isEqualTo("anna");
            assertThat(last.targetId()).isEqualTo(opened.id());
        }
    }

    /** "Test connection" says what it found, without creating anything. */
    @Test
    void theConnectionTestSaysWhatItFound() throws Exception {
        PostgresProbe probe = new PostgresProbe();
        PostgresAddress address = cluster.newDatabase("probe");

        assertThat(probe.probe(address).verdict()).isEqualTo(Verdict.EMPTY);
        assertThat(probe.probe(address).verdict()).as("nothing was created").isEqualTo(Verdict.EMPTY);
        Database.open(address, Clock.systemUTC()).close();
        assertThat(probe.probe(address).verdict()).isEqualTo(Verdict.MAILBENCH);

        assertThat(probe.probe(new PostgresAddress(address.host(), address.port(), address.database(), address.user(),
                PostgresAddress.SslMode.VERIFY_FULL, java.util.Optional.empty())).verdict()).isEqualTo(Verdict.TLS_NOT_VERIFIED);
        assertThat(probe.probe(new PostgresAddress(address.host(), address.port(), address.database(), "nobody_here",
                address.sslMode(), java.util.Optional.empty())).verdict()).isEqualTo(Verdict.AUTH_FAILED);
        assertThat(probe.probe(new PostgresAddress("127.0.0.1", 1, "mailbench", "anna", PostgresAddress.SslMode.DISABLE,
                java.util.Optional.empty())).verdict()).isEqualTo(Verdict.UNREACHABLE);

        PostgresAddress foreign = cluster.newDatabase("probe_foreign");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + foreign.port() + "/"
                + foreign.database(), foreign.user(), ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        assertThat(probe.probe(foreign)).isEqualTo(new ch.mailbench.core.port.TeamDatabaseProbe.Result(Verdict.FOREIGN_SCHEMA,
                "invoices"));
    }
}
