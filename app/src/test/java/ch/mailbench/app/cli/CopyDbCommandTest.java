package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.core.port.PostgresAddress;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.persistence.testing.PostgresCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code copy-db} between real SQLite files and a real PostgreSQL database on the test cluster. */
class CopyDbCommandTest {

    private static final String CSV = "customer;email;display_name;password;incoming_host\n"
            + "Boulangerie Dupont;marie@bakery-dupont.ch;Marie;Croissant-7fq9;mail.infomaniak.com\n"
            + "Boulangerie Dupont;paul@bakery-dupont.ch;Paul;Baguette§Paul-2x8k;mail.infomaniak.com\n"
            + "Garage Meier;info@garage-meier.ch;;;imap.bluewin.ch\n";

    @TempDir
    Path home;

    private final Map<String, String> environment = new HashMap<>(Map.of("MAILBENCH_MASTER_PASSWORD", "correct horse battery"));
    private final CommandRunner cli = new CommandRunner(() ->
            new AppFactory(new DatabaseLocation(Map.of(), "Linux", home), Clock.systemUTC(), environment, 1_000));
    private final PostgresCluster cluster = PostgresCluster.required();

    @Test
    void sqliteToPostgresqlAndBackGivesAByteIdenticalExportWithPasswords() throws Exception {
        Path first = home.resolve("first.db");
        Path csv = Files.writeString(home.resolve("in.csv"), CSV, StandardCharsets.UTF_8);
        assertThat(cli.run("import", csv.toString(), "--db", first.toString())).isZero();
        assertThat(cli.run("export", home.resolve("before.csv").toString(), "--include-passwords", "--db", first.toString())).isZero();
        String team = cluster.newDatabase("copy").shownAs();

        assertThat(cli.run("copy-db", "--from", first.toString(), "--to", team)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("mailbox_secret", "the counts match");
        assertThat(cli.run("info", "--db", team)).isZero();
        assertThat(cli.out()).contains("Database:  " + team);
        Path back = home.resolve("back.db");
        assertThat(cli.run("copy-db", "--from", team, "--to", back.toString())).as(cli.err()).isZero();
        assertThat(cli.run("export", home.resolve("after.csv").toString(), "--include-passwords", "--db", back.toString())).isZero();

        assertThat(Files.readAllBytes(home.resolve("after.csv"))).isEqualTo(Files.readAllBytes(home.resolve("before.csv")));
        assertThat(Files.readString(home.resolve("after.csv"))).contains("Baguette§Paul-2x8k");
    }

    @Test
    void aTargetThatHoldsDataIsRefusedUnlessReplaced() throws Exception {
        Path first = home.resolve("first.db");
        Path csv = Files.writeString(home.resolve("in.csv"), CSV, StandardCharsets.UTF_8);
        assertThat(cli.run("import", csv.toString(), "--db", first.toString())).isZero();
        PostgresAddress team = cluster.newDatabase("refuse");
        assertThat(cli.run("copy-db", "--from", first.toString(), "--to", team.shownAs())).isZero();

        assertThat(cli.run("copy-db", "--from", first.toString(), "--to", team.shownAs())).isEqualTo(2);
        assertThat(cli.err()).contains("is not empty", "customer 2", "--replace");

        assertThat(cli.run("copy-db", "--from", first.toString(), "--to", team.shownAs(), "--replace")).as(cli.err()).isZero();
        assertThat(cli.run("customers", "--db", team.shownAs())).isZero();
        assertThat(cli.out()).contains("Boulangerie Dupont", "Garage Meier");
    }
}
