package ch.mailbench.persistence;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.MailDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process in the middle of large imports with SIGKILL, again and again, and checks after
 * every kill that the database opens, passes {@code PRAGMA integrity_check} and holds every batch
 * whose commit was announced, and no half batch. The build runs a few rounds; the benchmark
 * ({@code -Dmailbench.crash.rounds=50}, see README) runs many and writes its figures to
 * {@code persistence/target/crash-safety.txt}.
 */
class CrashSafetyTest {

    private static final int ROUNDS = Integer.getInteger("mailbench.crash.rounds", 3);

    @TempDir
    Path folder;

    @Test
    void everyCommittedImportSurvivesSigkillAndTheDatabaseStaysIntact() throws Exception {
        Path file = folder.resolve("crash.db");
        Database.open(file, Clock.systemUTC());
        Random random = new Random();
        int killedMidTransaction = 0;
        long committedBatches = 0;
        long started = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            Process writer = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    CrashSafetyWriter.class.getName(), file.toString())
                    .redirectError(folder.resolve("writer-" + round + ".err").toFile())
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = readLines(writer, lines);
            // Let it commit one to three batches, then kill it a random moment into the next ones.
            int commitsBeforeKill = 1 + random.nextInt(3);
            long lastAnnounced = -1;
            int commitsSeen = 0;
            while (commitsSeen < commitsBeforeKill) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("the writer of round " + round + " reports progress; stderr: "
                        + Files.readString(folder.resolve("writer-" + round + ".err"))).isNotNull();
                if (line.startsWith("committed ")) {
                    lastAnnounced = Long.parseLong(line.substring("committed ".length()));
                    commitsSeen++;
                }
            }
            Thread.sleep(random.nextInt(120));
            writer.destroyForcibly();  // SIGKILL on Linux and macOS: no shutdown hook, no cleanup
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join();
            String last = "";
            for (String line : lines) {
                if (line.startsWith("committed ")) {
                    lastAnnounced = Long.parseLong(line.substring("committed ".length()));
                }
                last = line;
            }
            if (last.startsWith("begin ")) {
                killedMidTransaction++;
            }

            Database reopened = Database.open(file, Clock.systemUTC());
            assertThat(reopened.dsl().fetchValue("PRAGMA integrity_check")).as("round " + round).isEqualTo("ok");
            JooqStore store = new JooqStore(reopened);
            long mailboxes = store.repositories().mailboxes().count();
            long customers = store.repositories().customers().count();
            assertThat(customers).as("every announced batch is there (round " + round + ")").isGreaterThan(lastAnnounced);
            assertThat(mailboxes).as("no half batch").isEqualTo(customers * CrashSafetyWriter.MAILBOXES_PER_BATCH);
            MailDomain lastDomain = store.repositories().domains().findByName(DomainName.of("batch" + lastAnnounced + ".ch")).orElseThrow();
            assertThat(store.repositories().mailboxes().countByDomain(lastDomain.id())).isEqualTo(CrashSafetyWriter.MAILBOXES_PER_BATCH);
            committedBatches = customers;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String figures = String.format("Crash safety: %d SIGKILLs, %d of them inside an open import transaction; "
                        + "after every kill the database opened, integrity_check = ok, all announced batches present, no partial batch. "
                        + "%d batches x %d mailboxes = %d rows committed; %.1f s in all, %.2f s per round.%n",
                ROUNDS, killedMidTransaction, committedBatches, CrashSafetyWriter.MAILBOXES_PER_BATCH,
                committedBatches * CrashSafetyWriter.MAILBOXES_PER_BATCH, seconds, seconds / ROUNDS);
        Files.writeString(Path.of("target", "crash-safety.txt"), figures);
        System.out.print(figures);
    }

    private static Thread readLines(Process process, BlockingQueue<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // Killing the process closes its output stream under the reader: the end of the story, not an error.
            }
        }, "crash-writer-output");
        reader.start();
        return reader;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
