package ch.mailbench.app.bench;

import ch.mailbench.app.AppFactory;
import ch.mailbench.core.discovery.DiscoveryListener;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.discovery.PortMap;
import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.discovery.loopback.LoopbackWeb;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code mailbench bench-discover} (hidden): the speed of discovery as a technician meets it. Starts
 * a loopback DNS server and web server with known answers, then times {@code java -jar … discover}
 * child processes (JVM start included) for domains answered by the catalog, by autoconfig and by
 * SRV, and for a domain where everything is silent; beside them the same lookups made with
 * {@code dig} and {@code curl} one after another against the same servers, and their ratio. The
 * children start as the product does: with the class-data sharing archive beside the jar when there
 * is one. A case with an existing database file shows what reading its own providers costs. Each
 * child also runs with {@link #SHORT_RUN_OPTIONS}, so the figures show what those options buy.
 */
@Command(name = "bench-discover", hidden = true, mixinStandardHelpOptions = true,
        description = {"Times discover (JVM start included) for known domains and a silent one, beside dig + curl.",
                "Loopback servers only; one throw-away database file in a temporary folder."})
public final class BenchDiscoverCommand implements Callable<Integer> {

    private static final String AUTOCONFIG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <clientConfig version="1.1"><emailProvider id="bench">
              <domain>known-autoconfig.test</domain><displayName>Bench hoster</displayName>
              <incomingServer type="imap"><hostname>mail.known-autoconfig.test</hostname><port>993</port>
                <socketType>SSL</socketType><username>%EMAILADDRESS%</username></incomingServer>
              <outgoingServer type="smtp"><hostname>mail.known-autoconfig.test</hostname><port>465</port>
                <socketType>SSL</socketType><username>%EMAILADDRESS%</username></outgoingServer>
            </emailProvider></clientConfig>
            """;

    /**
     * What a short command-line run may start its JVM with: C1 only (no C2 compiler threads burning
     * CPU on code that runs for a second) and the serial collector (no G1 threads and regions to set
     * up). Measured beside the defaults; the launcher's options are shared with the console.
     */
    static final List<String> SHORT_RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @Option(names = "--rounds", defaultValue = "5", description = "Runs per case (default ${DEFAULT-VALUE}); the median is printed.")
    int rounds;

    @Option(names = "--timeout", defaultValue = "3", description = "discover --timeout for every case, in seconds (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** For regenerating the class list: e.g. -XX:DumpLoadedClassList=FILE (see app/src/main/cds/console.classlist). */
    @Option(names = "--child-option", paramLabel = "JVM-OPTION", description = "An extra JVM option of every child (repeatable).")
    List<String> childOptions = new ArrayList<>();

    private final AppFactory factory;
    private final PrintWriter out;

    /** @param out where the figures go */
    public BenchDiscoverCommand(AppFactory factory, PrintWriter out) {
        this.factory = factory;
        this.out = out;
    }

    private record Case(String label, String email, String domain, boolean autoconfig, Path database) { }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || timeoutSeconds < 1) {
            throw new IllegalArgumentException("--rounds and --timeout must be at least 1");
        }
        Path jar = ownJar();
        Path folder = Files.createTempDirectory("mailbench-bench-discover");
        Path noDatabase = folder.resolve("absent.db");
        Path database = folder.resolve("existing.db");
        factory.open(database); // created and migrated, as a technician's would be
        try (LoopbackDns dns = new LoopbackDns(); LoopbackWeb web = new LoopbackWeb("127.0.0.1", Optional.empty())) {
            dns.a("autoconfig.known-autoconfig.test", "127.0.0.1").a("mail.known-autoconfig.test", "127.0.0.1")
                    .srv("_imaps._tcp.known-srv.test", 0, 1, 993, "mail.known-srv.test")
                    .srv("_submissions._tcp.known-srv.test", 0, 1, 465, "mail.known-srv.test")
                    .a("mail.known-srv.test", "127.0.0.1")
                    .silent("silent.test");
            web.serve("autoconfig.known-autoconfig.test", "/mail/config-v1.1.xml", AUTOCONFIG);
            // HTTPS and the mail ports lead to a closed loopback port: refused at once, as a firewall's reject would.
            int closed = closedPort();
            String portMap = "https=" + closed + ",http=" + web.port() + ",993=" + closed + ",465=" + closed + ",995=" + closed
                    + ",143=" + closed + ",110=" + closed + ",587=" + closed + ",25=" + closed;
            String server = "127.0.0.1:" + dns.address().getPort();
            List<Case> cases = List.of(new Case("catalog (gmail.com)", "anna@gmail.com", "gmail.com", false, noDatabase),
                    new Case("catalog, database exists", "anna@gmail.com", "gmail.com", false, database),
                    new Case("autoconfig", "marie@known-autoconfig.test", "known-autoconfig.test", true, noDatabase),
                    new Case("SRV", "paul@known-srv.test", "known-srv.test", false, noDatabase),
                    new Case("worst case: all silent", "nobody@silent.test", "silent.test", true, noDatabase));
            List<String> jvm = jvm(jar);
            List<String> shortRun = concat(jvm.subList(0, 1), concat(SHORT_RUN_OPTIONS, jvm.subList(1, jvm.size())));
            out.printf("discover with --timeout %d, %d runs each, median (min–max); loopback DNS %s, web port %d%n",
                    timeoutSeconds, rounds, server, web.port());
            out.printf("children: %s; load average before: %s%n", String.join(" ", jvm), loadAverage());
            out.printf("short-run children: the same with %s (C1 only, serial GC)%n", String.join(" ", SHORT_RUN_OPTIONS));
            List<Double> bare = new ArrayList<>();
            List<Double> bareCpu = new ArrayList<>();
            List<Double> bareShort = new ArrayList<>();
            List<Double> bareShortCpu = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                bare.add(timeWithCpu(concat(jvm, List.of("--version")), bareCpu));
                bareShort.add(timeWithCpu(concat(shortRun, List.of("--version")), bareShortCpu));
            }
            out.printf("JVM start alone (mailbench --version): %s; short-run: %s%n", summary(bare), summary(bareShort));
            DiscoveryService inProcess = factory.discoveryWithoutDatabase();
            DiscoveryOptions options = DiscoveryOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withDnsServer(dns.address()).withPorts(PortMap.parse(portMap));
            List<String> cpu = new ArrayList<>();
            out.printf("%-26s %-26s %-26s %-24s %-7s %s%n", "case", "discover (new JVM)", "short-run JVM", "discovery in this JVM",
                    "ratio", "dig + curl, one after another");
            for (Case c : cases) {
                List<Double> ours = new ArrayList<>();
                List<Double> oursCpu = new ArrayList<>();
                List<Double> shortWall = new ArrayList<>();
                List<Double> shortCpu = new ArrayList<>();
                List<Double> warm = new ArrayList<>();
                List<String> discover = List.of("discover", c.email, "--json", "--dns", server,
                        "--timeout", Integer.toString(timeoutSeconds), "--port-map", portMap, "--db", c.database.toString());
                for (int i = 0; i < rounds; i++) {
                    // Alternated, so a change of load on a shared machine touches both alike.
                    ours.add(timeWithCpu(concat(jvm, discover), oursCpu));
                    shortWall.add(timeWithCpu(concat(shortRun, discover), shortCpu));
                    long start = System.nanoTime();
                    inProcess.discover(EmailAddress.parse(c.email), Optional.empty(), options, ProgressMonitor.silent(),
                            DiscoveryListener.none());
                    warm.add((System.nanoTime() - start) / 1_000_000.0);
                }
                Reference reference = reference(c, dns.address().getPort(), web.port());
                String ratio = reference.millis().map(ref -> String.format("%.2f×", median(ours) / median(ref))).orElse("–");
                out.printf("%-26s %-26s %-26s %-24s %-7s %s%n", c.label, summary(ours), summary(shortWall), summary(warm), ratio,
                        reference.text());
                cpu.add(String.format("%-26s %-26s %s", c.label, cpuSummary(oursCpu), cpuSummary(shortCpu)));
            }
            out.printf("CPU time (user + system) of each new JVM, which a loaded machine stretches less than the wall time:%n");
            out.printf("%-26s %-26s %s%n", "", "default JVM", "short-run JVM");
            out.printf("%-26s %-26s %s%n", "JVM start alone", cpuSummary(bareCpu), cpuSummary(bareShortCpu));
            cpu.forEach(out::println);
            out.printf("load average after: %s%n", loadAverage());
            out.println("discover: JVM start, catalog, autoconfig (https, http), autodiscover, MX + 6 SRV, guessed hosts, probes.");
            out.println("dig + curl: MX and the 6 SRV queries, and for autoconfig cases one curl of the http URL; each tool a new process.");
        }
        return CommandLine.ExitCode.OK;
    }

    private static String cpuSummary(List<Double> cpu) {
        return cpu.isEmpty() ? "– (/usr/bin/time not installed)" : summary(cpu);
    }

    /** The dig + curl figures of one case ({@code millis} empty when dig is missing) and their text. */
    private record Reference(Optional<List<Double>> millis, String text) { }

    private Reference reference(Case c, int dnsPort, int webPort) throws IOException, InterruptedException {
        Optional<Path> dig = tool("dig");
        Optional<Path> curl = tool("curl");
        if (dig.isEmpty()) {
            return new Reference(Optional.empty(), "dig not installed (apt-get install dnsutils): no reference");
        }
        List<List<String>> commands = new ArrayList<>();
        commands.add(digQuery(dig.get(), dnsPort, "MX", c.domain));
        for (String service : List.of("_imaps._tcp", "_imap._tcp", "_pop3s._tcp", "_pop3._tcp", "_submissions._tcp", "_submission._tcp")) {
            commands.add(digQuery(dig.get(), dnsPort, "SRV", service + "." + c.domain));
        }
        String curlNote = "";
        if (c.autoconfig) {
            if (curl.isEmpty()) {
                curlNote = " (curl not installed: apt-get install curl)";
            } else {
                String host = "autoconfig." + c.domain;
                commands.add(List.of(curl.get().toString(), "-s", "-o", "/dev/null", "--max-time", Integer.toString(timeoutSeconds),
                        "--resolve", host + ":" + webPort + ":127.0.0.1", "http://" + host + ":" + webPort + "/mail/config-v1.1.xml"));
            }
        }
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            double total = 0;
            for (List<String> command : commands) {
                total += time(command);
            }
            totals.add(total);
        }
        return new Reference(Optional.of(totals), summary(totals) + " (" + commands.size() + " processes)" + curlNote);
    }

    private List<String> digQuery(Path dig, int port, String type, String name) {
        return List.of(dig.toString(), "@127.0.0.1", "-p", Integer.toString(port), "+time=" + timeoutSeconds, "+tries=1",
                "+short", type, name);
    }

    /**
     * The wall time of {@code command}, and its CPU time (user + system, from GNU time when installed)
     * added to {@code cpu}: on a machine shared by many, the CPU time says what the process costs.
     */
    private static double timeWithCpu(List<String> command, List<Double> cpu) throws IOException, InterruptedException {
        Path gnuTime = Path.of("/usr/bin/time");
        if (!Files.isExecutable(gnuTime)) {
            return time(command);
        }
        Path report = Files.createTempFile("mailbench-cpu", ".txt");
        try {
            double wall = time(concat(List.of(gnuTime.toString(), "-f", "%U %S", "-o", report.toString()), command));
            String[] seconds = Files.readString(report).strip().split("\\s+");
            cpu.add((Double.parseDouble(seconds[seconds.length - 2]) + Double.parseDouble(seconds[seconds.length - 1])) * 1000);
            return wall;
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static double time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not end within 10 minutes");
        }
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    /** java [-XX:SharedArchiveFile=…] [child options] -jar JAR: the archive the build wrote beside the jar, as the README starts it. */
    private List<String> jvm(Path jar) {
        List<String> command = new ArrayList<>(List.of(java()));
        Path archive = jar.resolveSibling("mailbench.jsa");
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(childOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The 1, 5 and 15 minute load averages: the figures mean little without them on a shared machine. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("%,.0f ms (%,.0f–%,.0f)", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static Optional<Path> tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path ownJar() throws URISyntaxException {
        Path location = Path.of(BenchDiscoverCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!location.toString().endsWith(".jar")) {
            throw new IllegalArgumentException("bench-discover times the jar: run it as java -jar app/target/mailbench.jar bench-discover");
        }
        return location;
    }

    /** A loopback port nobody listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
