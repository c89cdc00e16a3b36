package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.persistence.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoverCommandTest {

    @TempDir
    Path folder;

    private LoopbackDns dns;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startDns() throws Exception {
        dns = new LoopbackDns();
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    private AppFactory factory() {
        return new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000);
    }

    private int run(String... args) {
        return new MailbenchCommand(factory(), UnusedConsole.launcher(factory()),
                new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true))).execute(args);
    }

    private String server() {
        return "127.0.0.1:" + dns.address().getPort();
    }

    @Test
    void jsonHasTheChosenServersAndTheRankedCandidatesWithEvidence() {
        Path absent = folder.resolve("absent.db");

        int exit = run("discover", "anna@gmail.com", "--json", "--dns", server(), "--timeout", "2", "--db", absent.toString());

        assertThat(exit).as(out + " " + err).isZero();
        String json = out.toString().strip();
        assertThat(json.lines()).hasSize(1);
        assertThat(json).startsWith("{\"email\":\"anna@gmail.com\",\"found\":true,\"chosen\":{\"incoming\":{\"protocol\":\"IMAP\","
                + "\"host\":\"imap.gmail.com\",\"port\":993,\"security\":\"SSL_TLS\",\"username_format\":\"FULL_ADDRESS\","
                + "\"source\":\"CATALOG\",\"evidence\":[\"domain gmail.com → Gmail / Google Workspace (provider catalog)\"");
        assertThat(json).contains("\"smtp\":{\"protocol\":\"SMTP\",\"host\":\"smtp.gmail.com\"", "\"candidates\":[{\"protocol\":\"IMAP\"",
                "\"certificate\":\"NOT_CHECKED\"", "\"modern_auth_required\":true", "{\"source\":\"GUESS\",\"state\":\"NOTHING\"");
        assertThat(json).doesNotContain("\"outcome\"");
        assertThat(absent).as("discover creates no database").doesNotExist();
    }

    @Test
    void ownProvidersInTheDatabaseAreUsed() {
        Path database = folder.resolve("m.db");
        factory().open(database).providers().save(new Provider("alpine", "Alpine Hosting", List.of("alpine-client.ch"),
                List.of(), List.of(new ProviderServer(Protocol.IMAP, "imap.alpine-hosting.test", Port.of(993), Security.SSL_TLS),
                        new ProviderServer(Protocol.SMTP, "smtp.alpine-hosting.test", Port.of(587), Security.STARTTLS)),
                UsernameFormat.LOCAL_PART, false, "", Provider.Origin.OWN));

        int exit = run("discover", "ueli@alpine-client.ch", "--dns", server(), "--timeout", "2", "--db", database.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Incoming: IMAP imap.alpine-hosting.test:993 SSL/TLS, user name: LOCAL_PART",
                "domain alpine-client.ch → Alpine Hosting (provider catalog)");
    }

    @Test
    void nothingFoundExitsWithOne() {
        dns.silent("silent.test");

        int exit = run("discover", "nobody@silent.test", "--json", "--dns", server(), "--timeout", "1",
                "--db", folder.resolve("absent.db").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("\"found\":false", "\"candidates\":[]");
    }

    @Test
    void badInputIsAUsageError() {
        assertThat(run("discover", "not-an-address", "--db", folder.resolve("a.db").toString())).isEqualTo(2);
        assertThat(run("discover", "a@b.ch", "--dns", "127.0.0.1:99999", "--db", folder.resolve("a.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("DNS server port must be between 1 and 65535");
        assertThat(run("discover", "a@b.ch", "--timeout", "0")).isEqualTo(2);
    }
}
