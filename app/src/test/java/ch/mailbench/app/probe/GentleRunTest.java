package ch.mailbench.app.probe;

import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SettingsText;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.CertificateTrust;
import ch.mailbench.core.probe.Connectivity;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.probe.VerificationService;
import ch.mailbench.core.probe.testing.FakeServer;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.probe.testing.RealMailServers;
import ch.mailbench.core.probe.testing.TestPki;
import ch.mailbench.core.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** How a run treats servers and the network: learning the user name format, silent hosts, being offline. */
class GentleRunTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.locked();

    @TempDir
    Path folder;

    private MailDomain domain(String name, Endpoint incoming, Endpoint smtp) {
        return worlds.world().workbench().store().repositories().domains().insert(MailDomain.create(worlds.world().domain().customerId(),
                DomainName.of(name), "", ServerSettings.of(MailboxType.IMAP, incoming, smtp, true, UsernameFormat.FULL_ADDRESS)));
    }

    private Mailbox mailbox(MailDomain domain, String address, String password) {
        Mailbox mailbox = worlds.world().workbench().store().repositories().mailboxes()
                .insert(Mailbox.create(domain.id(), EmailAddress.parse(address), ""));
        worlds.world().workbench().vault().storePassword(mailbox.id(), password.toCharArray());
        return mailbox;
    }

    private VerificationService service(Connectivity connectivity) {
        return new VerificationService(worlds.world().workbench().store(), worlds.world().workbench().passwords(),
                new CertificateTrust(TestPki.get().caTrust(), worlds.world().workbench().trustedCertificates()),
                new OutcomeTexts(Locale.ENGLISH), connectivity, worlds.world().workbench().clock(), worlds.world().workbench().providers());
    }

    @Test
    void aLocalPartOnlyDomainCostsAtMostOneRefusedFullAddressLoginPerServer() throws Exception {
        try (RealMailServers real = RealMailServers.startOrSkip()) {
            MailDomain domain = domain("learn.test", real.imapStartTls(), real.submissionStartTls());
            List<Mailbox> mailboxes = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                real.addUser("u" + i, "Learn-pass-" + i);
                mailboxes.add(mailbox(domain, "u" + i + "@learn.test", "Learn-pass-" + i));
            }

            List<MailboxReport> reports = service(Connectivity.system()).verify(mailboxes, ProbeOptions.defaults(), ProgressMonitor.silent());

            assertThat(reports).allSatisfy(r -> assertThat(r.passed()).as(r.toString() + real.log("dovecot.log")).isTrue());
            long refused = Files.readAllLines(real.logFile("dovecot.log")).stream()
                    .filter(line -> line.contains("@learn.test") && line.contains("unknown user")).count();
            assertThat(refused).as("refused full-address logins, IMAP and SMTP together" + real.log("dovecot.log")).isBetween(1L, 2L);
            assertThat(worlds.world().workbench().store().repositories().domains().learnedFormat(domain.id())).contains(UsernameFormat.LOCAL_PART);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8})
    void silentHostsCostAboutOneTimeoutWhateverTheirNumber(int hosts) {
        Duration timeout = Duration.ofSeconds(3);
        List<FakeServer> tarpits = new ArrayList<>();
        List<Mailbox> mailboxes = new ArrayList<>();
        try {
            for (int h = 1; h <= hosts; h++) {
                FakeServer tarpit = FakeServer.tarpit();
                tarpits.add(tarpit);
                MailDomain domain = domain("silent" + h + ".test",
                        Endpoint.of("tarpit" + h + ".bench.mailbench.test", tarpit.port(), Security.SSL_TLS), null);
                for (int m = 1; m <= 3; m++) {
                    mailboxes.add(mailbox(domain, "m" + m + "@silent" + h + ".test", "secret"));
                }
            }
            List<MailboxReport> reports = service(Connectivity.system())
                    .verify(mailboxes, ProbeOptions.defaults().withTimeout(timeout), ProgressMonitor.silent());

            assertThat(reports).allSatisfy(r -> assertThat(r.summary()).isEqualTo(Outcome.TIMEOUT));
            // One connection per silent server, so the 3 mailboxes on it cost one timeout, not three. The wall
            // time this saves is a figure for VerificationBenchmark (tarpit hosts), not an assertion on a shared machine.
            assertThat(tarpits).allSatisfy(t -> assertThat(t.connections()).as("one connection per silent server").isEqualTo(1));
        } finally {
            tarpits.forEach(FakeServer::close);
        }
    }

    @Test
    void offlineEveryCheckIsNotTestedAndNoMailboxTurnsFailing() throws Exception {
        Path noRoutes = Files.writeString(folder.resolve("route"), "Iface\tDestination\tGateway\tFlags\n");
        Path noRoutes6 = Files.writeString(folder.resolve("ipv6_route"), "");
        MailDomain domain = domain("offline.test", Endpoint.of("imap.offline.invalid", 993, Security.SSL_TLS),
                Endpoint.of("smtp.offline.invalid", 465, Security.SSL_TLS));
        Mailbox marie = mailbox(domain, "marie@offline.test", "secret");
        LastCheck verified = new LastCheck(worlds.world().workbench().clock().instant(), Outcome.OK, SettingsText.format(domain.defaults()));
        worlds.world().workbench().store().repositories().mailboxes().recordLastCheck(marie.id(), verified);

        List<MailboxReport> reports = service(new Connectivity(noRoutes, noRoutes6))
                .verify(List.of(marie), ProbeOptions.defaults(), ProgressMonitor.silent());

        assertThat(reports.get(0).servers()).allSatisfy(s -> assertThat(s.outcome()).contains(Outcome.NOT_TESTED));
        assertThat(new OutcomeTexts(Locale.ENGLISH).explanation(reports.get(0).incoming().verdict().orElseThrow().diagnosis()))
                .contains("this computer seems to be offline").doesNotContain("spelling");
        Mailbox after = worlds.world().workbench().store().repositories().mailboxes().findById(marie.id()).orElseThrow();
        assertThat(after.lastCheck()).contains(verified);
        assertThat(CheckStatus.of(after.lastCheck(), domain.defaults(), true, worlds.world().workbench().clock().instant(),
                CheckStatus.DEFAULT_MAX_AGE)).isEqualTo(CheckStatus.VERIFIED);
        assertThat(worlds.world().workbench().verification().history(marie, 10)).extracting(v -> v.outcome()).contains(Outcome.NOT_TESTED);
    }

    @Test
    void changedSettingsMakeAVerifiedMailboxStale() {
        Mailbox marie = worlds.world().mailbox(GreenMailServers.FULL_ADDRESS_USER, GreenMailServers.FULL_ADDRESS_PASSWORD);
        worlds.world().workbench().verification().verify(List.of(marie), ProbeOptions.defaults(), ProgressMonitor.silent());
        Mailbox checked = worlds.world().workbench().store().repositories().mailboxes().findById(marie.id()).orElseThrow();
        ServerSettings now = worlds.world().domain().defaults();
        assertThat(CheckStatus.of(checked.lastCheck(), now, true, worlds.world().workbench().clock().instant(), CheckStatus.DEFAULT_MAX_AGE))
                .isEqualTo(CheckStatus.VERIFIED);

        ServerSettings moved = now.withUsernameFormat(UsernameFormat.LOCAL_PART);

        assertThat(CheckStatus.of(checked.lastCheck(), moved, true, worlds.world().workbench().clock().instant(), CheckStatus.DEFAULT_MAX_AGE))
                .isEqualTo(CheckStatus.STALE);
        assertThat(CheckStatus.of(checked.lastCheck(), now, false, worlds.world().workbench().clock().instant(), CheckStatus.DEFAULT_MAX_AGE))
                .isEqualTo(CheckStatus.NEEDS_PASSWORD);
    }
}
