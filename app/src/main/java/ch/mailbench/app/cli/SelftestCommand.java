package ch.mailbench.app.cli;

import ch.mailbench.app.sample.SampleSheets;

import ch.mailbench.app.selftest.DatabaseChecks;
import ch.mailbench.app.selftest.DnsCheck;
import ch.mailbench.app.selftest.PdfCheck;
import ch.mailbench.app.selftest.SelfCheck;
import ch.mailbench.app.selftest.TlsCheck;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.SheetJob;
import ch.mailbench.core.sheet.SheetOptions;
import ch.mailbench.core.sheet.SheetRenderer;
import ch.mailbench.core.sheet.ShopSettings;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code mailbench selftest}: proves that this installation's Java runtime can do what Mailbench
 * needs (database, TLS, PDF, DNS, vault crypto) — the check that a trimmed runtime lacks no module.
 * Works on a temporary database, never on the user's; needs no internet.
 */
@Command(name = "selftest", mixinStandardHelpOptions = true,
        description = {"Checks that this installation works: the embedded database, TLS, PDF output, DNS and the vault's crypto.",
                "Uses a temporary database and servers on 127.0.0.1 only. Prints one line per check; exit code 1 if one fails."})
final class SelftestCommand implements Callable<Integer> {

    private final MailbenchCommand parent;

    SelftestCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = parent.output().out();
        Path folder = Files.createTempDirectory("mailbench-selftest");
        try {
            Path database = folder.resolve("selftest.db");
            DatabaseChecks onDatabase = new DatabaseChecks(file -> parent.factory().open(file), database);
            List<SelfCheck> checks = List.of(
                    onDatabase.database(),
                    new TlsCheck(),
                    new PdfCheck(new SheetRenderer(ZoneId.systemDefault()), sampleSheet()),
                    new DnsCheck(),
                    onDatabase.vault());
            int failed = 0;
            for (SelfCheck check : checks) {
                long start = System.nanoTime();
                try {
                    String result = check.run();
                    out.printf("ok    %-9s %s (%d ms)%n", check.name(), result, (System.nanoTime() - start) / 1_000_000);
                } catch (Exception | LinkageError e) {
                    // LinkageError too: a class or module missing from a trimmed runtime is exactly what this looks for.
                    failed++;
                    out.printf("FAIL  %-9s %s%n", check.name(), describe(e));
                }
            }
            out.println(failed == 0 ? "All checks passed." : failed + " of " + checks.size() + " checks failed.");
            return failed == 0 ? MailbenchCommand.EXIT_OK : MailbenchCommand.EXIT_FAILED;
        } finally {
            deleteQuietly(folder);
        }
    }

    private static SheetJob sampleSheet() {
        ShopSettings shop = new ShopSettings("Mailbench self-test", "127.0.0.1", Optional.empty(), PaperSize.A4);
        return new SheetJob(SampleSheets.sheets(1), false, SheetLanguage.FR, SheetOptions.DEFAULT_DEVICES, shop, Instant.now());
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind costs nothing; the result of the checks matters more.
        }
    }
}
