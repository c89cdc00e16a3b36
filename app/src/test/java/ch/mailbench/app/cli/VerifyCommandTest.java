package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.discovery.loopback.LoopbackDns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    private static GreenMailServers servers;

    @TempDir
    Path folder;

    private TesterWorld world;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startServers() {
        servers = new GreenMailServers();
    }

    @AfterAll
    static void stopServers() {
        servers.close();
    }

    @BeforeEach
    void createWorld() {
        world = new TesterWorld(folder, servers);
    }

    private int run(AppFactory factory, String... args) {
        return new MailbenchCommand(factory, UnusedConsole.launcher(factory),
                new CliOutput(new PrintWriter(out, true), new PrintWriter(err, true))).execute(args);
    }

    private int run(String... args) {
        return run(world.factory(), args);
    }

    private String db() {
        return world.database().toString();
    }

    @Test
    void aWorkingMailboxPassesAndIsRecorded() {
        Mailbox marie = world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);

        int exit = run("verify", "--mailbox", FULL_ADDRESS_USER, "--json", "--db", db());

        assertThat(exit).as(out + " " + err).isZero();
        String line = out.toString().strip();
        assertThat(line.lines()).hasSize(1);
        assertThat(line).startsWith("{\"email\":\"marie@bakery-dupont.ch\"")
                .contains("\"incoming\":{\"protocol\":\"IMAP\",\"host\":\"127.0.0.1\",\"port\":" + servers.endpoint(Protocol.IMAP, Security.SSL_TLS).port()
                        + ",\"security\":\"SSL_TLS\",\"username_format\":\"FULL_ADDRESS\"")
                .contains("\"smtp\":{\"protocol\":\"SMTP\"")
                .contains("\"outcome\":\"OK\"").contains("\"latency_ms\":").contains("\"message\":\"Login accepted.\"")
                .doesNotContain(FULL_ADDRESS_PASSWORD);
        List<Verification> history = world.workbench().verification().history(marie, 10);
        assertThat(history).extracting(Verification::protocol).containsExactlyInAnyOrder(Protocol.IMAP, Protocol.SMTP);
        assertThat(history).allSatisfy(v -> {
            assertThat(v.outcome()).isEqualTo(Outcome.OK);
            assertThat(v.certificate()).hasValueSatisfying(c -> assertThat(c.issuer()).isEqualTo("CN=Mailbench Test CA"));
            assertThat(v.greeting()).isNotBlank();
        });
        assertThat(reload(marie).lastCheck()).hasValueSatisfying(c -> assertThat(c.outcome()).isEqualTo(Outcome.OK));
    }

    @Test
    void theFallbackFormatIsWrittenIntoTheMailboxsOwnSettings() {
        Mailbox paul = world.mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD, servers.endpoint(Protocol.IMAP, Security.SSL_TLS),
                servers.endpoint(Protocol.SMTP, Security.SSL_TLS), UsernameFormat.FULL_ADDRESS);

        int exit = run("verify", "--mailbox", LOCAL_PART_USER, "--db", db());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Worked only with the part before the @, not with the full address")
                .contains("User name format of the mailbox updated to the part before the @");
        assertThat(reload(paul).ownSettings().orElseThrow().usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(world.workbench().verification().history(paul, 10)).extracting(Verification::outcome)
                .containsExactlyInAnyOrder(Outcome.AUTH_FAILED, Outcome.OK, Outcome.AUTH_FAILED, Outcome.OK);
    }

    @Test
    void aMailboxUsingItsDomainsSettingsOnlyGetsASuggestion() {
        world.mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD);

        int exit = run("verify", "--domain", "bakery-dupont.ch", "--json", "--db", db());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"suggested_username_format\":\"LOCAL_PART\"").contains("\"username_format_updated\":false");
        assertThat(world.workbench().store().repositories().domains().findById(world.domain().id()).orElseThrow()
                .defaults().usernameFormat()).isEqualTo(UsernameFormat.FULL_ADDRESS);
    }

    @Test
    void aWrongPasswordFailsWithExitCodeOneAndSaysWhy() {
        world.mailbox(FULL_ADDRESS_USER, "not-the-password");
        world.mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD);

        int exit = run("verify", "--customer", "Boulangerie Dupont", "--db", db());

        assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(out.toString()).contains("✖ Login refused").contains("Login refused: check the password")
                .contains("2 mailbox(es): 1 passed, 1 failed");
    }

    @Test
    void aRefusedLoginAtAProviderThatNeedsModernSignInSaysSo() {
        Mailbox marie = world.mailbox(FULL_ADDRESS_USER, "a-right-password-the-provider-refuses");
        world.workbench().directory().save(world.domain().withProvider("Microsoft 365 (Exchange Online)"));

        int exit = run("verify", "--mailbox", FULL_ADDRESS_USER, "--json", "--db", db());

        assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(out.toString()).contains("\"outcome\":\"AUTH_FAILED\"",
                "Login refused: Microsoft 365 (Exchange Online) needs modern sign-in (OAuth2) or an app password",
                "add the account with Microsoft 365 (Exchange Online)'s own sign-in");
        assertThat(world.workbench().verification().history(marie, 10)).extracting(Verification::message)
                .anySatisfy(m -> assertThat(m).contains("needs modern sign-in (OAuth2) or an app password"));
    }

    @Test
    void withoutTheMasterPasswordNoLoginIsTried() {
        world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        AppFactory noMaster = new AppFactory(new ch.mailbench.persistence.DatabaseLocation(Map.of(), "Linux", folder),
                java.time.Clock.systemUTC(), Map.of(), 1_000);

        int exit = run(noMaster, "verify", "--all", "--db", db());

        assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(out.toString()).contains("No password is available for this mailbox");
    }

    @Test
    void theMasterPasswordCanComeFromAFile() throws Exception {
        world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        Path file = Files.writeString(folder.resolve("master.txt"), TesterWorld.MASTER_PASSWORD + "\n");
        AppFactory noEnvironment = new AppFactory(new ch.mailbench.persistence.DatabaseLocation(Map.of(), "Linux", folder),
                java.time.Clock.systemUTC(), Map.of(), 1_000);

        assertThat(run(noEnvironment, "verify", "--all", "--master-password-file", file.toString(), "--db", db())).isZero();
    }

    @Test
    void aWrongMasterPasswordIsAUsageError() {
        world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        AppFactory wrong = new AppFactory(new ch.mailbench.persistence.DatabaseLocation(Map.of(), "Linux", folder),
                java.time.Clock.systemUTC(), Map.of("MAILBENCH_MASTER_PASSWORD", "guess"), 1_000);

        assertThat(run(wrong, "verify", "--all", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("master password is wrong");
    }

    @Test
    void nothingToTestIsNoFailure() {
        assertThat(run("verify", "--domain", "bakery-dupont.ch", "--db", db())).isZero();
        assertThat(out.toString()).isEqualToIgnoringNewLines("No mailboxes to test.");
    }

    @Test
    void anUnknownMailboxOrTwoSelectionsAreUsageErrors() {
        assertThat(run("verify", "--mailbox", "nobody@bakery-dupont.ch", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("No mailbox nobody@bakery-dupont.ch is recorded");

        assertThat(run("verify", "--all", "--domain", "bakery-dupont.ch", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(run("verify", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(run("verify", "--all", "--timeout", "0", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
    }

    @Test
    void aPinnedCertificateFromTheDatabaseIsTrustedForItsHost() {
        try (var server = ch.mailbench.core.probe.testing.FakeServer.tlsImap(ch.mailbench.core.probe.testing.TestPki.Leaf.SELF_SIGNED)) {
            Mailbox marie = world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD, Endpoint.of("127.0.0.1", server.port(), Security.SSL_TLS),
                    null, UsernameFormat.FULL_ADDRESS);
            assertThat(run("verify", "--all", "--db", db())).isEqualTo(MailbenchCommand.EXIT_FAILED);
            Verification refused = world.workbench().verification().history(marie, 1).get(0);
            assertThat(refused.outcome()).isEqualTo(Outcome.CERT_UNTRUSTED);

            world.workbench().trustedCertificates().trust(ch.mailbench.core.model.TrustedCertificate.accept(
                    refused.endpoint().host(), refused.certificate().orElseThrow(), java.time.Instant.now()));

            assertThat(run("verify", "--all", "--db", db())).as(out.toString()).isZero();
        }
    }

    @Test
    void aRefusedLoginAtADomainWhoseMxIsMicrosoft365SaysModernSignInIsNeeded() throws Exception {
        world.mailbox(FULL_ADDRESS_USER, "a-right-password-the-provider-refuses");
        try (LoopbackDns dns = new LoopbackDns()) {
            dns.mx("bakery-dupont.ch", 0, "bakerydupont-ch01b.mail.protection.outlook.com");

            int exit = run("verify", "--mailbox", FULL_ADDRESS_USER, "--dns", "127.0.0.1:" + dns.address().getPort(), "--db", db());

            assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
            assertThat(out.toString()).contains("Microsoft 365 (Exchange Online) needs modern sign-in (OAuth2) or an app password");
        }
    }

    @Test
    void withDnsTheCheckConnectsToTheAddressItReturnsAndChecksTheCertificateAgainstTheName() throws Exception {
        Endpoint imaps = servers.endpoint(Protocol.IMAP, Security.SSL_TLS);
        Mailbox marie = world.mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                Endpoint.of("mail.bakery-dupont.test", imaps.port().number(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
        try (LoopbackDns dns = new LoopbackDns()) {
            dns.a("mail.bakery-dupont.test", "127.0.0.1");

            assertThat(run("verify", "--mailbox", FULL_ADDRESS_USER, "--dns", "127.0.0.1:" + dns.address().getPort(), "--db", db()))
                    .isEqualTo(MailbenchCommand.EXIT_FAILED);
        }

        // The test server's certificate names localhost: reached through the DNS answer, it is refused for this name.
        assertThat(world.workbench().verification().history(marie, 1)).extracting(Verification::outcome)
                .containsExactly(Outcome.CERT_HOSTNAME_MISMATCH);
    }

    @Test
    void aMalformedDnsServerIsAUsageError() {
        assertThat(run("verify", "--all", "--dns", "127.0.0.1:0", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("DNS server port must be a number between 1 and 65535");
    }

    private Mailbox reload(Mailbox mailbox) {
        return world.workbench().store().repositories().mailboxes().findByAddress(EmailAddress.parse(mailbox.address().ascii())).orElseThrow();
    }
}
