package ch.mailbench.persistence;

import ch.mailbench.core.port.PostgresAddress;
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
}
