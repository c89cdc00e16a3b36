package ch.mailbench.app.bench;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.MailboxReport;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.probe.testing.FakeServer;
import ch.mailbench.core.probe.testing.GreenMailServers;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.vault.UnlockHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tester's speed, measured (not asserted): N mailboxes (IMAPS + SMTPS) spread over 8 provider
 * names against GreenMail, once one check at a time and once with the default limits (2 per host,
 * 8 in all); then K tarpit hosts in one run. Prints the figures and writes them to
 * {@code app/target/benchmark.txt}. Runs only when asked (README, "Benchmark"):
 * {@code -Dmailbench.benchmark=true}, optionally {@code -Dmailbench.benchmark.mailboxes=200},
 * {@code -Dmailbench.benchmark.tarpits=1,4,8,16}, {@code -Dmailbench.benchmark.timeout=10}.
 */
@EnabledIfSystemProperty(named = "mailbench.benchmark", matches = "true")
class VerificationBenchmark {

    private static final int PROVIDERS = 8;
    private static final int MAILBOXES_PER_TARPIT = 3;

    @TempDir
    Path folder;

    @Test
    void measure() throws IOException {
        int mailboxes = Integer.getInteger("mailbench.benchmark.mailboxes", 200);
        List<Integer> tarpits = Arrays.stream(System.getProperty("mailbench.benchmark.tarpits", "1,3,8,16").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        Duration timeout = Duration.ofSeconds(Integer.getInteger("mailbench.benchmark.timeout", 10));
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "Mailbench verification benchmark — %d mailboxes (IMAPS + SMTPS) on %d provider names, GreenMail on loopback, %d CPU(s)",
                mailboxes, PROVIDERS, Runtime.getRuntime().availableProcessors()));

        try (GreenMailServers servers = new GreenMailServers()) {
            Workbench workbench = factory().open(folder.resolve("bench.db"), UnlockHandler.stayLocked());
            workbench.vault().setUp(TesterWorld.MASTER_PASSWORD.toCharArray(), Duration.ofHours(1));
            List<Mailbox> healthy = healthyMailboxes(workbench, servers, mailboxes);
            for (ProbeOptions options : List.of(ProbeOptions.defaults().withLimits(1, 1), ProbeOptions.defaults())) {
                long started = System.nanoTime();
                List<MailboxReport> results = workbench.verification().verify(healthy, options, ProgressMonitor.silent());
                double seconds = (System.nanoTime() - started) / 1e9;
                long passed = results.stream().filter(MailboxReport::passed).count();
                assertThat(passed).as("every benchmark mailbox logs in").isEqualTo(mailboxes);
                report.add(String.format(Locale.ROOT, "%-34s %4d checks in %6.2f s  = %6.1f checks/s",
                        "limits " + options.perHostLimit() + " per host / " + options.globalLimit() + " in all:",
                        2 * mailboxes, seconds, 2 * mailboxes / seconds));
            }
            for (int k : tarpits) {
                report.add(tarpitRun(workbench, k, timeout));
            }
        }
        report.forEach(line -> System.out.println(line));
        Files.write(Path.of("target", "benchmark.txt"), report);
    }

    private AppFactory factory() {
        return TesterWorld.factoryIn(folder);
    }

    private static List<Mailbox> healthyMailboxes(Workbench workbench, GreenMailServers servers, int count) {
        Customer customer = workbench.store().repositories().customers().insert(Customer.create("Benchmark", SheetLanguage.EN));
        List<Mailbox> mailboxes = new ArrayList<>();
        for (int provider = 1; provider <= PROVIDERS; provider++) {
            String host = "mail" + provider + ".bench.mailbench.test";
            MailDomain domain = workbench.store().repositories().domains().insert(MailDomain.create(customer.id(),
                    DomainName.of("customer" + provider + ".ch"), "Provider " + provider, ServerSettings.of(MailboxType.IMAP,
                            Endpoint.of(host, servers.endpoint(Protocol.IMAP, Security.SSL_TLS).port().number(), Security.SSL_TLS),
                            Endpoint.of(host, servers.endpoint(Protocol.SMTP, Security.SSL_TLS).port().number(), Security.SSL_TLS),
                            true, UsernameFormat.FULL_ADDRESS)));
            for (int i = provider; i <= count; i += PROVIDERS) {
                String address = "user" + i + "@customer" + provider + ".ch";
                String password = "Password-" + i;
                servers.greenMail().setUser(address, address, password);
                Mailbox mailbox = workbench.store().repositories().mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse(address), ""));
                workbench.vault().storePassword(mailbox.id(), password.toCharArray());
                mailboxes.add(mailbox);
            }
        }
        return mailboxes;
    }

    private static String tarpitRun(Workbench workbench, int hosts, Duration timeout) {
        List<FakeServer> tarpits = new ArrayList<>();
        try {
            Customer customer = workbench.store().repositories().customers().insert(Customer.create("Tarpits " + hosts, SheetLanguage.EN));
            MailDomain domain = workbench.store().repositories().domains().insert(MailDomain.create(customer.id(),
                    DomainName.of("tarpit" + hosts + ".ch"), "", ServerSettings.unknown()));
            List<Mailbox> mailboxes = new ArrayList<>();
            for (int i = 1; i <= hosts; i++) {
                FakeServer tarpit = FakeServer.tarpit();
                tarpits.add(tarpit);
                String host = "tarpit" + i + ".bench.mailbench.test";
                for (int m = 1; m <= MAILBOXES_PER_TARPIT; m++) {
                    Mailbox mailbox = workbench.store().repositories().mailboxes().insert(Mailbox.create(domain.id(),
                            EmailAddress.parse("user" + i + "-" + m + "@tarpit" + hosts + ".ch"), "").withOwnSettings(Optional.of(
                            ServerSettings.of(MailboxType.IMAP, Endpoint.of(host, tarpit.port(), Security.SSL_TLS),
                                    Endpoint.of(host, tarpit.port(), Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS))));
                    workbench.vault().storePassword(mailbox.id(), "irrelevant".toCharArray());
                    mailboxes.add(mailbox);
                }
            }
            long started = System.nanoTime();
            List<MailboxReport> results = workbench.verification().verify(mailboxes, ProbeOptions.defaults().withTimeout(timeout),
                    ProgressMonitor.silent());
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(results).allSatisfy(r -> assertThat(r.passed()).isFalse());
            return String.format(Locale.ROOT, "%2d tarpit host(s), %2d checks, timeout %d s:  wall time %6.2f s = %.2f x the timeout"
                    + " (one timeout + %.2f s)", hosts, 2 * MAILBOXES_PER_TARPIT * hosts, timeout.toSeconds(), seconds,
                    seconds / timeout.toSeconds(), seconds - timeout.toSeconds());
        } finally {
            tarpits.forEach(FakeServer::close);
        }
    }
}
