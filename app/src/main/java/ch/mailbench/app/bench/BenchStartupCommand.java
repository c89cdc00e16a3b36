package ch.mailbench.app.bench;

import ch.mailbench.app.sample.SampleData;
import ch.mailbench.app.Main;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.AppFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mailbench bench-startup} (hidden): how soon the console shows its window and its customer
 * list after the process starts, beside the floor — a bare FlatLaf + MigLayout window with a table
 * started the same way — as medians of several cold starts. Needs a display (Xvfb will do).
 */
@Command(name = "bench-startup", hidden = true, mixinStandardHelpOptions = true,
        description = {"Measures the console's start: first painted window and customer list shown (40 and 50,000 mailboxes),",
                "beside a bare FlatLaf + MigLayout window with a table started the same way. Goals: window <= 1.3x, list <= 2x the floor."})
public final class BenchStartupCommand implements java.util.concurrent.Callable<Integer> {

    private static final long TIMEOUT_SECONDS = 120;
    /** What jpackage's Linux launcher puts in its own environment (JDK 17), inherited by every process it starts. */
    static final String LAUNCHER_MARK = "_JPACKAGE_LAUNCHER";
    /** What {@link StartupProbe} prints: {@code startup window cpu=0.812s}. */
    private static final Pattern PROBE_LINE = Pattern.compile("startup (window|list)(?: cpu=([0-9.]+)s)?.*");

    private final AppFactory factory;
    private final PrintWriter out;

    @Option(names = "--runs", defaultValue = "5", description = "Timed starts of each kind (default ${DEFAULT-VALUE}), after one untimed round.")
    private int runs;

    @Option(names = "--image", paramLabel = "DIR",
            description = "A packaged Mailbench (app image or /opt/mailbench): time its launcher and its runtime instead of this java -jar.")
    private Path image;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the sample databases are kept between runs (default: a folder in the temp dir).")
    private Path work;

    public BenchStartupCommand(AppFactory factory, PrintWriter out) {
        this.factory = factory;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        Path folder = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"), "mailbench-bench-startup");
        Files.createDirectories(folder);
        Path small = sampleDatabase(folder.resolve("mailboxes-40.db"), 10, 40, out);
        Path large = sampleDatabase(folder.resolve("mailboxes-50000.db"), 5_000, 50_000, out);
        List<String> mailbench = image != null ? List.of(image.resolve("bin/mailbench").toString())
                : javaAsThisOne("-jar", thisJar().toString());
        // Started the same way: the packaged floor gets the launcher's JVM options too (its class-data sharing
        // archive, its compiler and collector), else it would pay for what Mailbench does not.
        List<String> floor = new ArrayList<>();
        if (image != null) {
            floor.add(image.resolve("lib/runtime/bin/java").toString());
            floor.addAll(launcherJvmOptions(image));
            floor.addAll(List.of("-cp", image.resolve("lib/app/mailbench.jar").toString(), FloorWindow.class.getName()));
        } else {
            floor.addAll(javaAsThisOne("-cp", thisJar().toString(), FloorWindow.class.getName()));
        }
        List<Start> kinds = List.of(new Start("floor (FlatLaf + MigLayout + table)", floor, small),
                new Start("Mailbench, 40 mailboxes", mailbench, small), new Start("Mailbench, 50,000 mailboxes", mailbench, large));

        Path preferences = Files.createDirectories(folder.resolve("preferences"));
        // The figures only mean something beside the machine's load: on a shared machine the others' work is in them.
        double loadBefore = loadAverage();
        // Per kind: seconds to window, to list, then the process's CPU seconds at each; one column per run.
        double[][][] times = new double[kinds.size()][4][runs];
        for (int round = -1; round < runs; round++) {
            for (int k = 0; k < kinds.size(); k++) {
                double[] measured = kinds.get(k).measure(preferences);
                for (int figure = 0; round >= 0 && figure < measured.length; figure++) {
                    times[k][figure][round] = measured[figure];
                }
            }
        }
        out.printf("Start-up of %s, median of %d cold starts (seconds from process start; load average %.1f before, %.1f after,"
                        + " %d processors):%n", image != null ? image.resolve("bin/mailbench") : String.join(" ", mailbench), runs,
                loadBefore, loadAverage(), Runtime.getRuntime().availableProcessors());
        out.printf("%-36s %8s %8s %14s %12s %12s %10s%n", "", "window", "list", "window/floor", "list/floor", "CPU: window", "list");
        double floorWindow = median(times[0][0]);
        double floorList = median(times[0][1]);
        for (int k = 0; k < kinds.size(); k++) {
            double window = median(times[k][0]);
            double list = median(times[k][1]);
            out.printf("%-36s %7.2fs %7.2fs %13.2fx %11.2fx %11.2fs %9.2fs%n", kinds.get(k).name(), window, list,
                    window / floorWindow, list / floorList, median(times[k][2]), median(times[k][3]));
        }
        out.println("Goals: window <= 1.3x the floor, list <= 2x the floor. CPU: the process's, all threads, when it painted them.");
        return 0;
    }

    private Path sampleDatabase(Path file, int customers, int mailboxes, PrintWriter out) {
        if (!Files.exists(file)) {
            out.printf("Generating %,d mailboxes in %s …%n", mailboxes, file);
            Workbench workbench = factory.open(file);
            new SampleData(42, Instant.now(factory.clock())).write(workbench.store(), customers, mailboxes);
        }
        return file;
    }

    /**
     * This JVM's java with its {@code -XX} options (the class-data sharing archive, the compiler and collector of
     * the README's command): the starts are timed the way this one was started.
     */
    private static List<String> javaAsThisOne(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        ProcessHandle.current().info().arguments().stream().flatMap(Arrays::stream)
                .filter(argument -> argument.startsWith("-XX:")).forEach(command::add);
        command.addAll(List.of(arguments));
        return command;
    }

    /** The packaged launcher's {@code -XX} options ({@code java-options} of {@code lib/app/mailbench.cfg}, {@code $APPDIR} resolved). */
    static List<String> launcherJvmOptions(Path image) throws IOException {
        Path app = image.resolve("lib/app");
        String option = "java-options=";
        return Files.readAllLines(app.resolve("mailbench.cfg"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(option + "-XX:"))
                .map(line -> line.substring(option.length()).replace("$APPDIR", app.toString()))
                .toList();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path thisJar() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the running jar", e);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * The environment of a timed start, made from this process's: the probe on, the sample database, preferences
     * of its own. Without the packaged launcher's {@value #LAUNCHER_MARK}: a launcher that finds it takes itself
     * for its own second stage and starts Java without the application (usage text, exit code 1), so run from
     * {@code bin/mailbench} the first timed start never showed its list.
     */
    static void startEnvironment(Map<String, String> environment, Path database, Path preferences) {
        environment.remove(LAUNCHER_MARK);
        environment.put(StartupProbe.VARIABLE, "exit");
        environment.put("MAILBENCH_DB", database.toString());
        // The benchmark must not change the technician's own window layout or last customer.
        environment.put("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + preferences);
    }

    /** One kind of start: a command, started with the probe on and the database in the environment. */
    private record Start(String name, List<String> command, Path database) {

        /**
         * Seconds from starting the process to its {@code startup window} and {@code startup list} lines, then the
         * CPU seconds the process reported in each.
         */
        double[] measure(Path preferences) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
            startEnvironment(builder.environment(), database, preferences);
            // Kept (the last start's only) so that a start that fails can say why.
            Path errors = preferences.resolveSibling("last-start-errors.txt");
            builder.redirectError(errors.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            // A start that never shows its list is ended, which also ends the reading below.
            CompletableFuture.delayedExecutor(TIMEOUT_SECONDS, TimeUnit.SECONDS).execute(process::destroyForcibly);
            double[] figures = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    Matcher probe = PROBE_LINE.matcher(line);
                    if (probe.matches()) {
                        int figure = probe.group(1).equals("window") ? 0 : 1;
                        figures[figure] = seconds;
                        figures[figure + 2] = probe.group(2) != null ? Double.parseDouble(probe.group(2)) : Double.NaN;
                    }
                }
            } finally {
                process.waitFor();
            }
            if (Double.isNaN(figures[1])) {
                throw new IOException(name + ": the window or the list never appeared (is there a display?) — " + command
                        + "; its error output: " + errors);
            }
            return figures;
        }
    }
}
