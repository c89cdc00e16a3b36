package ch.mailbench.app.bench;

import ch.mailbench.app.sample.SampleData;
import ch.mailbench.app.AppFactory;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.directory.CustomerIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code mailbench benchmark}: generates a large customer base (once) and prints what the
 * console's speed goals are about: opening the database and listing the customers, filtering
 * on each keystroke, and the heap the list needs.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, hidden = true,
        description = {"Generates a database of N customers and M mailboxes (unless the file exists) and prints how long",
                "opening it and listing the customers takes, how long each keystroke in the search takes, and the heap used.",
                "Run with -Xmx256m to check the list fits the 256 MB goal."})
public final class BenchmarkCommand implements java.util.concurrent.Callable<Integer> {

    /** What the benchmark types, one keystroke at a time: names, accents, domains, addresses, no match. */
    private static final List<String> QUERIES = List.of("muller", "cafe", "zahnarzt", "infomaniak", "compta@", "hurlimann 12",
            "xn--", "bäckerei-", "nothing-matches-this", "Dupont");
    private static final int ROUNDS = 5;

    private final AppFactory factory;
    private final Supplier<DatabaseAddress> database;
    private final PrintWriter out;

    @Option(names = "--customers", defaultValue = "5000", description = "Customers to generate (default ${DEFAULT-VALUE}).")
    private int customers;

    @Option(names = "--mailboxes", defaultValue = "50000", description = "Mailboxes to generate in all (default ${DEFAULT-VALUE}).")
    private int mailboxes;

    /**
     * @param database the database chosen on the command line, read when the command runs
     * @param out      where the figures go
     */
    public BenchmarkCommand(AppFactory factory, Supplier<DatabaseAddress> database, PrintWriter out) {
        this.factory = factory;
        this.database = database;
        this.out = out;
    }

    /** A missing file, or a team database without customers (a server database always "exists"). */
    private boolean needsSampleData(DatabaseAddress address) {
        if (address instanceof DatabaseAddress.SqliteFile) {
            return !address.exists();
        }
        return factory.open(address).store().repositories().customers().findAll().isEmpty();
    }

    @Option(names = "--both", paramLabel = "OTHER_DATABASE",
            description = {"Also measure this database (e.g. postgresql://user@host/mailbench while --db is the SQLite file)",
                    "in the same run, generating the same sample data there if it is empty, and print both side by side."})
    private String other;

    /** One database's figures. */
    private record Figures(String name, double firstOpenAndList, double openAndListMedian, double keystrokeMedian,
                           double keystrokeP95, double keystrokeMax) {
    }

    @Override
    public Integer call() {
        if (customers < 1 || mailboxes < customers) {
            throw new IllegalArgumentException("--customers must be at least 1 and --mailboxes at least as many as customers");
        }
        // Parsed before anything is measured: a wrong address fails at once, not after minutes of generating.
        java.util.Optional<DatabaseAddress> second = java.util.Optional.ofNullable(other)
                .map(text -> factory.databaseAddress(java.util.Optional.of(text)));
        Figures first = measure(database.get(), true);
        second.ifPresent(address -> compare(first, measure(address, false)));
        return CommandLine.ExitCode.OK;
    }

    /** Prints the two databases' figures in columns: the same sample data, the same queries, the same run. */
    private void compare(Figures a, Figures b) {
        String row = "%-34s %32s %32s%n";
        out.printf("%nSide by side (same data, same run):%n");
        out.printf(row, "", a.name(), b.name());
        out.printf(row, "Open + list, first", ms(a.firstOpenAndList()), ms(b.firstOpenAndList()));
        out.printf(row, "Open + list, median of the rest", ms(a.openAndListMedian()), ms(b.openAndListMedian()));
        out.printf(row, "Filter per keystroke, median", ms2(a.keystrokeMedian()), ms2(b.keystrokeMedian()));
        out.printf(row, "Filter per keystroke, 95th pct", ms2(a.keystrokeP95()), ms2(b.keystrokeP95()));
        out.printf(row, "Filter per keystroke, max", ms2(a.keystrokeMax()), ms2(b.keystrokeMax()));
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    private static String ms2(double millis) {
        return String.format(Locale.ROOT, "%,.2f ms", millis);
    }

    /** Generates the sample data if needed, then measures and prints; {@code withHeap}: also the heap the list needs. */
    private Figures measure(DatabaseAddress file, boolean withHeap) {
        if (needsSampleData(file)) {
            out.printf("Generating %,d customers and %,d mailboxes in %s …%n", customers, mailboxes, file);
            long start = System.nanoTime();
            Workbench workbench = factory.open(file);
            new SampleData(42, Instant.now(factory.clock())).write(workbench.store(), customers, mailboxes);
            out.printf("Generated in %.1f s%n", seconds(System.nanoTime() - start));
        } else {
            out.printf("Using the existing database %s%n", file);
        }

        List<Double> openTimes = new ArrayList<>();
        List<Double> listTimes = new ArrayList<>();
        List<Double> completeTimes = new ArrayList<>();
        // This thread's CPU time as well: on a machine shared with other work, the wall clock says more about the others.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] firstCpu = new double[3];
        CustomerIndex index = null;
        for (int round = 0; round < ROUNDS; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Workbench workbench = factory.open(file);
            long opened = System.nanoTime();
            long openedCpu = threads.getCurrentThreadCpuTime();
            // What the console's first list waits for; the search texts follow in the background.
            CustomerIndex listed = workbench.directory().loadListIndex(Locale.getDefault());
            long shown = System.nanoTime();
            long shownCpu = threads.getCurrentThreadCpuTime();
            index = workbench.directory().completeIndex(listed);
            openTimes.add(millis(opened - start));
            listTimes.add(millis(shown - opened));
            completeTimes.add(millis(System.nanoTime() - shown));
            if (round == 0) {
                firstCpu = new double[] {millis(openedCpu - cpu), millis(shownCpu - openedCpu), millis(threads.getCurrentThreadCpuTime() - shownCpu)};
            }
        }
        out.printf("Customers: %,d, mailboxes: %,d (load average %.1f on %d processors)%n", index.size(),
                index.all().stream().mapToInt(c -> c.mailboxCount()).sum(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        double openAndListMedian = median(sums(openTimes, listTimes).subList(1, ROUNDS));
        out.printf("Open database + list customers: first %.0f ms (open %.0f + list %.0f; CPU of this thread %.0f + %.0f ms),"
                        + " then median %.0f ms (goal ≤ 500 ms)%n",
                openTimes.get(0) + listTimes.get(0), openTimes.get(0), listTimes.get(0), firstCpu[0], firstCpu[1],
                openAndListMedian);
        out.printf("Domains and addresses made searchable after that (in the background): first %.0f ms (CPU %.0f ms),"
                + " then median %.0f ms%n", completeTimes.get(0), firstCpu[2], median(completeTimes.subList(1, ROUNDS)));

        List<Double> keystrokes = new ArrayList<>();
        int shown = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : QUERIES) {
                for (int length = 1; length <= query.length(); length++) {
                    long start = System.nanoTime();
                    shown += index.filter(query.substring(0, length)).size();
                    keystrokes.add(millis(System.nanoTime() - start));
                }
            }
        }
        Collections.sort(keystrokes);
        double p95 = keystrokes.get((int) (keystrokes.size() * 0.95));
        double max = keystrokes.get(keystrokes.size() - 1);
        out.printf("Filter per keystroke (%,d keystrokes, %,d matches shown): median %.2f ms, 95th percentile %.2f ms,"
                        + " max %.2f ms (goal ≤ 30 ms)%n", keystrokes.size(), shown, median(keystrokes), p95, max);

        if (withHeap) {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long used = runtime.totalMemory() - runtime.freeMemory();
            out.printf("Heap used with the list loaded: %.0f MB of at most %.0f MB (goal ≤ 256 MB)%n",
                    used / 1048576.0, runtime.maxMemory() / 1048576.0);
        }
        // The index must still be alive when the heap is measured, or the figure would leave out the list.
        java.lang.ref.Reference.reachabilityFence(index);
        String kind = file instanceof DatabaseAddress.SqliteFile ? "SQLite " : "PostgreSQL ";
        return new Figures(kind + file.shortName(), openTimes.get(0) + listTimes.get(0), openAndListMedian, median(keystrokes),
                p95, max);
    }

    private static List<Double> sums(List<Double> a, List<Double> b) {
        List<Double> sums = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            sums.add(a.get(i) + b.get(i));
        }
        return sums;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }
}
