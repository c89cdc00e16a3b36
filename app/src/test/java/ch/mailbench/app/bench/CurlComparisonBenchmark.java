package ch.mailbench.app.bench;

import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.testing.RealMailServers;
import ch.mailbench.core.probe.testing.TestPki;
import ch.mailbench.core.vault.UnlockHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mailbench against curl on the same mailboxes of the local Dovecot (IMAP, STARTTLS) and Postfix
 * (SMTPS, AUTH through Dovecot): {@code mailbench verify --all} as a fresh JVM (start-up included)
 * versus {@code xargs -P 8} running {@code curl imap://… --ssl-reqd} and {@code curl smtps://… -X NOOP}
 * per mailbox, each with certificate checking. Prints both wall times, checks per second and the
 * ratio (goal: Mailbench at most 1.5 × curl), appended to {@code app/target/benchmark.txt}.
 * Runs with {@code -Dmailbench.benchmark=true}; {@code -Dmailbench.benchmark.mailboxes=200}.
 */
@EnabledIfSystemProperty(named = "mailbench.benchmark", matches = "true")
class CurlComparisonBenchmark {

    @TempDir
    Path folder;

    @Test
    void mailbenchVersusCurl() throws Exception {
        int count = Integer.getInteger("mailbench.benchmark.mailboxes", 200);
        try (RealMailServers real = RealMailServers.startOrSkip()) {
            Workbench workbench = TesterWorld.factoryIn(folder).open(folder.resolve("bench.db"), UnlockHandler.stayLocked());
            workbench.vault().setUp(TesterWorld.MASTER_PASSWORD.toCharArray(), Duration.ofHours(1));
            Customer customer = workbench.store().repositories().customers().insert(Customer.create("Curl race", SheetLanguage.EN));
            MailDomain domain = workbench.store().repositories().domains().insert(MailDomain.create(customer.id(),
                    DomainName.of("race.test"), "", ServerSettings.of(MailboxType.IMAP, real.imapStartTls(), real.smtps(), true,
                            UsernameFormat.FULL_ADDRESS)));
            List<String> curlArgs = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String address = "b" + i + "@race.test";
                String password = "Race-" + i;
                real.addUser(address, password);
                Mailbox mailbox = workbench.store().repositories().mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse(address), ""));
                workbench.vault().storePassword(mailbox.id(), password.toCharArray());
                curlArgs.add(address + " " + password);
            }
            Path ca = folder.resolve("ca.pem");
            TestPki.get().writePem(TestPki.Leaf.LOCALHOST, ca, folder.resolve("key.pem"));

            double mailbench = timed(mailbenchProcess(), "mailbench");
            Path list = Files.write(folder.resolve("mailboxes.txt"), curlArgs);
            String curl = "curl -sS --fail --cacert " + ca + " --max-time 20";
            String perMailbox = curl + " imap://127.0.0.1:" + real.imapStartTls().port() + "/ --ssl-reqd -u \"$0:$1\" -X NOOP -o /dev/null && "
                    + curl + " smtps://127.0.0.1:" + real.smtps().port() + " -u \"$0:$1\" -X NOOP -o /dev/null";
            double curlSeconds = timed(new ProcessBuilder("sh", "-c", "xargs -P 8 -n 2 sh -c '" + perMailbox + "' < " + list), "curl");

            List<String> report = List.of(
                    String.format(Locale.ROOT, "Mailbench vs curl — %d mailboxes, IMAP STARTTLS (Dovecot) + SMTPS (Postfix), %d CPU(s)",
                            count, Runtime.getRuntime().availableProcessors()),
                    String.format(Locale.ROOT, "  mailbench verify --all (new JVM):   %6.2f s = %6.1f checks/s", mailbench, 2 * count / mailbench),
                    String.format(Locale.ROOT, "  curl, xargs -P 8:                   %6.2f s = %6.1f checks/s", curlSeconds, 2 * count / curlSeconds),
                    String.format(Locale.ROOT, "  ratio Mailbench / curl:             %6.2f x (goal <= 1.5 x)", mailbench / curlSeconds));
            report.forEach(System.out::println);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "benchmark.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private ProcessBuilder mailbenchProcess() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                // The product process trusts the test CA the way a technician adds a company CA.
                "-Djavax.net.ssl.trustStore=" + TestPki.get().caKeyStore(), "-Djavax.net.ssl.trustStorePassword=" + TestPki.PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "ch.mailbench.app.Main", "verify", "--all", "--db", folder.resolve("bench.db").toString());
        builder.environment().put("MAILBENCH_MASTER_PASSWORD", TesterWorld.MASTER_PASSWORD);
        return builder;
    }

    private double timed(ProcessBuilder builder, String name) throws IOException, InterruptedException {
        Path output = folder.resolve(name + ".out");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(process.exitValue()).as(name + ": " + Files.readString(output)).isZero();
        return seconds;
    }
}
