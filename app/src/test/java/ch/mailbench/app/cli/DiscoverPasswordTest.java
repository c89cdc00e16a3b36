package ch.mailbench.app.cli;

import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code discover --password-stdin}: the password from standard input's first line confirms the
 * servers found (SRV records of a loopback DNS server naming the GreenMail servers) with a real
 * login; exit 0 only when a login confirmed them, 1 when the password was refused, 2 without one.
 */
class DiscoverPasswordTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.locked();

    @TempDir
    Path folder;

    private LoopbackDns dns;
    private final CommandRunner cli = new CommandRunner(() -> worlds.world().factory());

    @BeforeEach
    void startDns() throws Exception {
        // A name the test certificate is valid for, known only to this DNS server.
        dns = new LoopbackDns().srv("_imaps._tcp.bakery-dupont.ch", 0, 1, 993, "mail.bench.mailbench.test")
                .srv("_submissions._tcp.bakery-dupont.ch", 0, 1, 465, "mail.bench.mailbench.test")
                .a("mail.bench.mailbench.test", "127.0.0.1");
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    private String[] discover(String... more) {
        String ports = "993=" + worlds.servers().endpoint(Protocol.IMAP, Security.SSL_TLS).port()
                + ",465=" + worlds.servers().endpoint(Protocol.SMTP, Security.SSL_TLS).port();
        String[] base = {"discover", FULL_ADDRESS_USER, "--password-stdin", "--dns", "127.0.0.1:" + dns.address().getPort(),
                // Only GreenMail answers (every other name is unknown to the DNS server): a run ends when its probes do,
                // and a loaded machine must not turn a slow TLS handshake into "no answer in time".
                "--timeout", "10", "--port-map", ports, "--db", folder.resolve("absent.db").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void theRightPasswordConfirmsTheServersFound() {
        int exit = cli.runWithInput(FULL_ADDRESS_PASSWORD + "\nnot read\n", discover("--json"));

        assertThat(exit).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).contains("\"incoming\":{\"protocol\":\"IMAP\",\"host\":\"mail.bench.mailbench.test\",\"port\":993",
                "\"outcome\":\"OK\"", "\"message\":\"Login accepted.\"", "\"certificate\":\"VALID\"");
        assertThat(cli.out() + cli.err()).doesNotContain(FULL_ADDRESS_PASSWORD);
    }

    @Test
    void aRefusedPasswordExitsWithOneAndSaysWhyInTheProcessLanguage() {
        Locale before = Locale.getDefault();
        int exit;
        try {
            Locale.setDefault(Locale.GERMAN);
            exit = cli.runWithInput("wrong-password\n", discover());
        } finally {
            Locale.setDefault(before);
        }

        assertThat(exit).as(cli.out() + cli.err()).isEqualTo(1);
        assertThat(cli.out()).contains("Anmeldung: Anmeldung abgelehnt", "Zertifikat: gültig").doesNotContain("AUTH_FAILED", "VALID");
    }

    @Test
    void noPasswordOnTheFirstLineIsAUsageError() {
        assertThat(cli.runWithInput("", discover())).isEqualTo(2);
        assertThat(cli.err()).contains("--password-stdin: standard input has no password on its first line");
    }
}
