package ch.mailbench.app.cli;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.discovery.loopback.LoopbackDns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.locked();

    @TempDir
    Path folder;

    private final CommandRunner cli = new CommandRunner(() -> worlds.world().factory());

    private String db() {
        return worlds.world().database().toString();
    }

    @Test
    void aWorkingMailboxPassesAndIsRecorded() {
        Mailbox marie = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);

        int exit = cli.run("verify", "--mailbox", FULL_ADDRESS_USER, "--json", "--db", db());

        assertThat(exit).as(cli.out() + " " + cli.err()).isZero();
        String line = cli.out().strip();
        assertThat(line.lines()).hasSize(1);
        assertThat(line).startsWith("{\"email\":\"marie@bakery-dupont.ch\"")
                .contains("\"incoming\":{\"protocol\":\"IMAP\",\"host\":\"127.0.0.1\",\"port\":" + worlds.servers().endpoint(Protocol.IMAP, Security.SSL_TLS).port()
                        + ",\"security\":\"SSL_TLS\",\"username_format\":\"FULL_ADDRESS\"")
                .contains("\"smtp\":{\"protocol\":\"SMTP\"")
                .contains("\"outcome\":\"OK\"").contains("\"latency_ms\":").contains("\"message\":\"Login accepted.\"")
                .doesNotContain(FULL_ADDRESS_PASSWORD);
        List<Verification> history = worlds.world().workbench().verification().history(marie, 10);
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
        Mailbox paul = worlds.world().mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD, worlds.servers().endpoint(Protocol.IMAP, Security.SSL_TLS),
                worlds.servers().endpoint(Protocol.SMTP, Security.SSL_TLS), UsernameFormat.FULL_ADDRESS);

        int exit = cli.run("verify", "--mailbox", LOCAL_PART_USER, "--db", db());

        assertThat(exit).as(cli.out()).isZero();
        assertThat(cli.out()).contains("Worked only with the part before the @, not with the full address")
                .contains("User name format of the mailbox updated to the part before the @");
        assertThat(reload(paul).ownSettings().orElseThrow().usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        assertThat(worlds.world().workbench().verification().history(paul, 10)).extracting(Verification::outcome)
                .containsExactlyInAnyOrder(Outcome.AUTH_FAILED, Outcome.OK, Outcome.AUTH_FAILED, Outcome.OK);
    }

    @Test
    void aMailboxUsingItsDomainsSettingsOnlyGetsASuggestion() {
        worlds.world().mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD);

        int exit = cli.run("verify", "--domain", "bakery-dupont.ch", "--json", "--db", db());

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("\"suggested_username_format\":\"LOCAL_PART\"").contains("\"username_format_updated\":false");
        assertThat(worlds.world().workbench().store().repositories().domains().findById(worlds.world().domain().id()).orElseThrow()
                .defaults().usernameFormat()).isEqualTo(UsernameFormat.FULL_ADDRESS);
    }

    @Test
    void aWrongPasswordFailsWithExitCodeOneAndSaysWhy() {
        worlds.world().mailbox(FULL_ADDRESS_USER, "not-the-password");
        worlds.world().mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD);

        int exit = cli.run("verify", "--customer", "Boulangerie Dupont", "--db", db());

        assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(cli.out()).contains("✖ Login refused").contains("Login refused: check the password")
                .contains("2 mailbox(es): 1 passed, 1 failed");
    }

    @Test
    void aRefusedLoginAtAProviderThatNeedsModernSignInSaysSo() {
        Mailbox marie = worlds.world().mailbox(FULL_ADDRESS_USER, "a-right-password-the-provider-refuses");
        worlds.world().workbench().directory().save(worlds.world().domain().withProvider("Microsoft 365 (Exchange Online)"));

        int exit = cli.run("verify", "--mailbox", FULL_ADDRESS_USER, "--json", "--db", db());

        assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(cli.out()).contains("\"outcome\":\"AUTH_FAILED\"",
                "Login refused: Microsoft 365 (Exchange Online) needs modern sign-in (OAuth2) or an app password",
                "add the account with Microsoft 365 (Exchange Online)'s own sign-in");
        assertThat(worlds.world().workbench().verification().history(marie, 10)).extracting(Verification::message)
                .anySatisfy(m -> assertThat(m).contains("needs modern sign-in (OAuth2) or an app password"));
    }

    @Test
    void withoutTheMasterPasswordNoLoginIsTried() {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        AppFactory noMaster = TesterWorld.factoryIn(folder, Map.of());

        int exit = cli.run(noMaster, "verify", "--all", "--db", db());

        assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(cli.out()).contains("No password is available for this mailbox");
    }

    @Test
    void theMasterPasswordCanComeFromAFile() throws Exception {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        Path file = Files.writeString(folder.resolve("master.txt"), TesterWorld.MASTER_PASSWORD + "\n");
        AppFactory noEnvironment = TesterWorld.factoryIn(folder, Map.of());

        assertThat(cli.run(noEnvironment, "verify", "--all", "--master-password-file", file.toString(), "--db", db())).isZero();
    }

    @Test
    void theTestCaIsTrustedOnlyWhereATestHandsItOver() {
        // No test sets the trust store JVM-wide any more: a factory of the JDK's authorities refuses the test servers.
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        AppFactory jdkAuthorities = new AppFactory(new ch.mailbench.persistence.DatabaseLocation(Map.of(), "Linux", folder),
                java.time.Clock.systemUTC(), Map.of("MAILBENCH_MASTER_PASSWORD", TesterWorld.MASTER_PASSWORD), 1_000);

        assertThat(cli.run(jdkAuthorities, "verify", "--all", "--json", "--db", db())).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(cli.out()).contains("\"outcome\":\"CERT_UNTRUSTED\"");
        assertThat(System.getProperty("javax.net.ssl.trustStore")).isNull();
    }

    @Test
    void aWrongMasterPasswordIsAUsageError() {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        AppFactory wrong = TesterWorld.factoryIn(folder, Map.of("MAILBENCH_MASTER_PASSWORD", "guess"));

        assertThat(cli.run(wrong, "verify", "--all", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(cli.err()).contains("master password is wrong");
    }

    @Test
    void nothingToTestIsNoFailure() {
        assertThat(cli.run("verify", "--domain", "bakery-dupont.ch", "--db", db())).isZero();
        assertThat(cli.out()).isEqualToIgnoringNewLines("No mailboxes to test.");
    }

    @Test
    void anUnknownMailboxOrTwoSelectionsAreUsageErrors() {
        assertThat(cli.run("verify", "--mailbox", "nobody@bakery-dupont.ch", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(cli.err()).contains("No mailbox nobody@bakery-dupont.ch is recorded");

        assertThat(cli.run("verify", "--all", "--domain", "bakery-dupont.ch", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(cli.run("verify", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(cli.run("verify", "--all", "--timeout", "0", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
    }

    @Test
    void aPinnedCertificateFromTheDatabaseIsTrustedForItsHost() {
        try (var server = ch.mailbench.core.probe.testing.FakeServer.tlsImap(ch.mailbench.core.probe.testing.TestPki.Leaf.SELF_SIGNED)) {
            Mailbox marie = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD, Endpoint.of("127.0.0.1", server.port(), Security.SSL_TLS),
                    null, UsernameFormat.FULL_ADDRESS);
            assertThat(cli.run("verify", "--all", "--db", db())).isEqualTo(MailbenchCommand.EXIT_FAILED);
            Verification refused = worlds.world().workbench().verification().history(marie, 1).get(0);
            assertThat(refused.outcome()).isEqualTo(Outcome.CERT_UNTRUSTED);

            worlds.world().workbench().trustedCertificates().trust(ch.mailbench.core.model.TrustedCertificate.accept(
                    refused.endpoint().host(), refused.certificate().orElseThrow(), java.time.Instant.now()));

            assertThat(cli.run("verify", "--all", "--db", db())).as(cli.out()).isZero();
        }
    }

    @Test
    void aRefusedLoginAtADomainWhoseMxIsMicrosoft365SaysModernSignInIsNeeded() throws Exception {
        worlds.world().mailbox(FULL_ADDRESS_USER, "a-right-password-the-provider-refuses");
        try (LoopbackDns dns = new LoopbackDns()) {
            dns.mx("bakery-dupont.ch", 0, "bakerydupont-ch01b.mail.protection.outlook.com");

            int exit = cli.run("verify", "--mailbox", FULL_ADDRESS_USER, "--dns", "127.0.0.1:" + dns.address().getPort(), "--db", db());

            assertThat(exit).isEqualTo(MailbenchCommand.EXIT_FAILED);
            assertThat(cli.out()).contains("Microsoft 365 (Exchange Online) needs modern sign-in (OAuth2) or an app password");
        }
    }

    @Test
    void withDnsTheCheckConnectsToTheAddressItReturnsAndChecksTheCertificateAgainstTheName() throws Exception {
        Endpoint imaps = worlds.servers().endpoint(Protocol.IMAP, Security.SSL_TLS);
        Mailbox marie = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD,
                Endpoint.of("mail.bakery-dupont.test", imaps.port().number(), Security.SSL_TLS), null, UsernameFormat.FULL_ADDRESS);
        try (LoopbackDns dns = new LoopbackDns()) {
            dns.a("mail.bakery-dupont.test", "127.0.0.1");

            assertThat(cli.run("verify", "--mailbox", FULL_ADDRESS_USER, "--dns", "127.0.0.1:" + dns.address().getPort(), "--db", db()))
                    .isEqualTo(MailbenchCommand.EXIT_FAILED);
        }

        // The test server's certificate names localhost: reached through the DNS answer, it is refused for this name.
        assertThat(worlds.world().workbench().verification().history(marie, 1)).extracting(Verification::outcome)
                .containsExactly(Outcome.CERT_HOSTNAME_MISMATCH);
    }

    @Test
    void aMalformedDnsServerIsAUsageError() {
        assertThat(cli.run("verify", "--all", "--dns", "127.0.0.1:0", "--db", db())).isEqualTo(MailbenchCommand.EXIT_USAGE);
        assertThat(cli.err()).contains("DNS server port must be a number between 1 and 65535");
    }

    private Mailbox reload(Mailbox mailbox) {
        return worlds.world().workbench().store().repositories().mailboxes().findByAddress(EmailAddress.parse(mailbox.address().ascii())).orElseThrow();
    }
}
