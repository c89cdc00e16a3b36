package ch.mailbench.app.bench;

import ch.mailbench.app.sample.SampleSheets;

import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.MailboxSheet;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.SheetJob;
import ch.mailbench.core.sheet.SheetOptions;
import ch.mailbench.core.sheet.SheetRenderer;
import ch.mailbench.core.sheet.ShopSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code mailbench bench-sheets}: how fast setup sheets render, on sample data in memory (the
 * database is not opened). Goals: one sheet warm in 50 ms or less, a 500-sheet pack in 15 s or less.
 */
@Command(name = "bench-sheets", mixinStandardHelpOptions = true, hidden = true,
        description = {"Measures setup sheet rendering on sample data (your database is not touched).",
                "Prints the warm time of one sheet (goal <= 50 ms) and of a customer pack (goal <= 15 s for 500 sheets)."})
public final class BenchSheetsCommand implements Callable<Integer> {

    @Option(names = "--sheets", paramLabel = "N", defaultValue = "500", description = "Mailboxes in the pack (default: ${DEFAULT-VALUE}).")
    private int packSize;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Timed single-sheet renders (default: ${DEFAULT-VALUE}).")
    private int runs;

    private final PrintWriter out;

    /** @param out where the figures go */
    public BenchSheetsCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        if (packSize < 1 || runs < 1) {
            throw new IllegalArgumentException("--sheets and --runs must be at least 1");
        }
        SheetRenderer renderer = new SheetRenderer(ZoneId.of("Europe/Zurich"));
        ShopSettings shop = new ShopSettings("Informatique Favre Sàrl", "Rue du Lac 12, 1003 Lausanne\n+41 21 555 77 88",
                Optional.empty(), PaperSize.A4);
        List<MailboxSheet> sheets = SampleSheets.sheets(packSize);
        SheetJob single = new SheetJob(List.of(sheets.get(0)), false, SheetLanguage.FR, SheetOptions.DEFAULT_DEVICES, shop, Instant.now());

        long firstStart = System.nanoTime();
        int bytes = render(renderer, single);
        double first = millis(System.nanoTime() - firstStart);
        for (int i = 0; i < 30; i++) {
            render(renderer, single);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render(renderer, single);
            times[i] = millis(System.nanoTime() - start);
        }
        Arrays.sort(times);
        out.printf("First sheet (loads the fonts): %.0f ms%n", first);
        out.printf("One sheet, warm, %d runs:      median %.1f ms, 90th percentile %.1f ms (goal <= 50 ms), %d bytes%n",
                runs, times[runs / 2], times[Math.min(runs - 1, runs * 9 / 10)], bytes);

        SheetJob pack = new SheetJob(sheets, true, SheetLanguage.FR, SheetOptions.DEFAULT_DEVICES, shop, Instant.now());
        long packStart = System.nanoTime();
        int packBytes = render(renderer, pack);
        double packMillis = millis(System.nanoTime() - packStart);
        out.printf("Pack of %d sheets + cover:     %.2f s (goal <= 15 s for 500), %.1f MB%n",
                packSize, packMillis / 1000, packBytes / 1024.0 / 1024.0);
        return CommandLine.ExitCode.OK;
    }

    private static int render(SheetRenderer renderer, SheetJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(job, out);
        return out.size();
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
