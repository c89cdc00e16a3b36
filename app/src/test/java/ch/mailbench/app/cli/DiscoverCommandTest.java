package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
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

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoverCommandTest {

    @TempDir
    Path folder;

    private LoopbackDns dns;
    private final CommandRunner cli = new CommandRunner(this::factory);

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

    private String server() {
        return "127.0.0.1:" + dns.address().getPort();
    }

    @Test
    void jsonHasTheChosenServersAndTheRankedCandidatesWithEvidence() {
        Path absent = folder.resolve("absent.db");

        int exit = cli.run("discover", "anna@gmail.com", "--json", "--dns", server(), "--timeout", "2", "--db", absent.toString());

        assertThat(exit).as(cli.out() + " " + cli.err()).isZero();
        String json = cli.out().strip();
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
        factory().open(database).providers().save(alpine());

        int exit = cli.run("discover", "ueli@alpine-client.ch", "--dns", server(), "--timeout", "2", "--db", database.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Incoming: IMAP imap.alpine-hosting.test:993 SSL/TLS, user name: part before the @,"
                + " certificate: not checked", "domain alpine-client.ch → Alpine Hosting (provider catalog)");
    }

    @Test
    void textSpeaksTheProcessLanguageWithWordsWhileJsonKeepsItsValues() {
        Path absent = folder.resolve("absent.db");
        Locale before = Locale.getDefault();
        String text;
        try {
            Locale.setDefault(Locale.FRENCH);
            cli.run("discover", "anna@gmail.com", "--dns", server(), "--timeout", "1", "--db", absent.toString());
            text = cli.out();
            cli.run("discover", "anna@gmail.com", "--json", "--dns", server(), "--timeout", "1", "--db", absent.toString());
        } finally {
            Locale.setDefault(before);
        }

        assertThat(text).contains("Entrant : IMAP imap.gmail.com:993 SSL/TLS, nom d’utilisateur : adresse e-mail complète,"
                + " certificat : non vérifié", "trouvé", "— exige une connexion moderne (OAuth2)");
        assertThat(text).doesNotContain("FULL_ADDRESS", "NOT_CHECKED", "FOUND", "NOTHING");
        assertThat(cli.out()).contains("\"username_format\":\"FULL_ADDRESS\"", "\"certificate\":\"NOT_CHECKED\"",
                "\"state\":\"FOUND\"", "(provider catalog)");
    }

    @Test
    void nothingFoundExitsWithOne() {
        dns.silent("silent.test");

        int exit = cli.run("discover", "nobody@silent.test", "--json", "--dns", server(), "--timeout", "1",
                "--db", folder.resolve("absent.db").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).contains("\"found\":false", "\"candidates\":[]");
    }

    @Test
    void badInputIsAUsageError() {
        assertThat(cli.run("discover", "not-an-address", "--db", folder.resolve("a.db").toString())).isEqualTo(2);
        assertThat(cli.run("discover", "a@b.ch", "--dns", "127.0.0.1:99999", "--db", folder.resolve("a.db").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("DNS server port must be a number between 1 and 65535");
        assertThat(cli.run("discover", "a@b.ch", "--dns", "[::1:5353", "--db", folder.resolve("a.db").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("write [IPv6]:PORT, e.g. [::1]:5353");
        assertThat(cli.run("discover", "a@b.ch", "--timeout", "0")).isEqualTo(2);
    }

    private static Provider alpine() {
        return new Provider("alpine", "Alpine Hosting", List.of("alpine-client.ch"),
                List.of(), List.of(new ProviderServer(Protocol.IMAP, "imap.alpine-hosting.test", Port.of(993), Security.SSL_TLS),
                        new ProviderServer(Protocol.SMTP, "smtp.alpine-hosting.test", Port.of(587), Security.STARTTLS)),
                UsernameFormat.LOCAL_PART, false, "", Provider.Origin.OWN);
    }

    /** A database with the own provider alpine, and the domain alpine-client.ch with the mailbox ueli on the old servers. */
    private Workbench alpineCustomer(Path database) {
        Workbench workbench = factory().open(database);
        workbench.providers().save(alpine());
        Customer customer = workbench.directory().save(Customer.create("Alpine Client", SheetLanguage.DE));
        MailDomain domain = workbench.directory().save(MailDomain.create(customer.id(), DomainName.of("alpine-client.ch"), "",
                ServerSettings.of(MailboxType.IMAP, Endpoint.of("old.alpine-client.ch", 143, Security.STARTTLS),
                        Endpoint.of("old.alpine-client.ch", 25, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS)));
        workbench.directory().save(Mailbox.create(domain.id(), EmailAddress.parse("ueli@alpine-client.ch"), "Ueli"));
        return workbench;
    }

    private static final ServerSettings ALPINE = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("imap.alpine-hosting.test", 993, Security.SSL_TLS), Endpoint.of("smtp.alpine-hosting.test", 587, Security.STARTTLS),
            true, UsernameFormat.LOCAL_PART);

    @Test
    void applyToMailboxStoresTheChosenSettingsOnTheMailboxOnly() {
        Path database = folder.resolve("m.db");
        Workbench workbench = alpineCustomer(database);

        int exit = cli.run("discover", "ueli@alpine-client.ch", "--apply-to", "mailbox", "--json", "--dns", server(), "--timeout", "2",
                "--db", database.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out().lines()).as("stdout stays one JSON object").hasSize(1);
        assertThat(cli.err()).contains("Stored on the mailbox ueli@alpine-client.ch.");
        Mailbox ueli = workbench.store().repositories().mailboxes().findByAddress(EmailAddress.parse("ueli@alpine-client.ch")).orElseThrow();
        assertThat(ueli.ownSettings()).contains(ALPINE);
        assertThat(workbench.store().repositories().domains().findByName(DomainName.of("alpine-client.ch")).orElseThrow()
                .defaults().incoming().orElseThrow().host().ascii()).isEqualTo("old.alpine-client.ch");
    }

    @Test
    void applyToDomainStoresTheDefaultsAndTheMailboxFollows() {
        Path database = folder.resolve("m.db");
        Workbench workbench = alpineCustomer(database);

        int exit = cli.run("discover", "ueli@alpine-client.ch", "--apply-to", "domain", "--dns", server(), "--timeout", "2",
                "--db", database.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains("Stored on the defaults of alpine-client.ch");
        MailDomain stored = workbench.store().repositories().domains().findByName(DomainName.of("alpine-client.ch")).orElseThrow();
        assertThat(stored.defaults()).isEqualTo(ALPINE);
        assertThat(stored.provider()).as("the catalog entry's name comes along").isEqualTo("Alpine Hosting");
        assertThat(workbench.store().repositories().mailboxes().findByAddress(EmailAddress.parse("ueli@alpine-client.ch"))
                .orElseThrow().inheritsDomainSettings()).isTrue();
    }

    @Test
    void applyRefusesAMissingMailboxDomainOrDatabaseBeforeSearching() {
        Path database = folder.resolve("m.db");
        alpineCustomer(database);

        assertThat(cli.run("discover", "nobody@alpine-client.ch", "--apply-to", "mailbox", "--dns", server(), "--db", database.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("the mailbox nobody@alpine-client.ch is not in the database");
        assertThat(cli.out()).as("no discovery ran").isEmpty();
        assertThat(cli.run("discover", "anna@gmail.com", "--apply-to", "domain", "--dns", server(), "--db", database.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("the domain gmail.com is not in the database");
        assertThat(cli.out()).as("no discovery ran").isEmpty();
        Path absent = folder.resolve("absent.db");
        assertThat(cli.run("discover", "anna@gmail.com", "--apply-to", "domain", "--dns", server(), "--db", absent.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("does not exist, so there is no domain");
        assertThat(cli.out()).as("no discovery ran").isEmpty();
        assertThat(absent).doesNotExist();
    }
}
