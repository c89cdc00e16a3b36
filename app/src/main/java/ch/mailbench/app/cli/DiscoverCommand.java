package ch.mailbench.app.cli;

import ch.mailbench.core.discovery.Candidate;
import ch.mailbench.core.discovery.DiscoveryListener;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.DiscoveryResult;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.discovery.PortMap;
import ch.mailbench.core.discovery.SourceReport;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.vault.UnlockHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mailbench discover EMAIL}: finds the settings of an address from the catalog, autoconfig, autodiscover, DNS and guessing. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Finds the incoming and SMTP settings of an address nobody documented: provider catalog, autoconfig,",
                "autodiscover, DNS (MX, SRV) and guessing, in parallel; with a password, confirms the best with a real login.",
                "Exit code 0: a candidate was found (and confirmed, with a password); 1: none; 2: usage error."})
final class DiscoverCommand implements Callable<Integer> {

    @Parameters(paramLabel = "EMAIL", description = "The address whose settings to find.")
    String email;

    @Option(names = "--password-stdin", description = "Read the mailbox password from the first line of standard input and confirm with a login.")
    boolean passwordStdin;

    @Option(names = "--dns", paramLabel = "HOST:PORT", description = "Ask this DNS server (MX, SRV and the addresses of probed hosts).")
    String dns;

    @Option(names = "--json", description = "One JSON object instead of the text.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Timeout of each source and probe, in seconds (default: ${DEFAULT-VALUE}); the whole run takes about one.")
    int timeoutSeconds;

    /** For the benchmark's loopback servers: "https=8443,http=8080,993=3993". */
    @Option(names = "--port-map", hidden = true)
    String portMap;

    private final MailbenchCommand parent;
    private final InputStream stdin;

    DiscoverCommand(MailbenchCommand parent, InputStream stdin) {
        this.parent = parent;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new IllegalArgumentException("--timeout must be between 1 and 600 seconds, not " + timeoutSeconds);
        }
        EmailAddress address = EmailAddress.parse(email);
        DiscoveryOptions options = DiscoveryOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds));
        if (dns != null) {
            options = options.withDnsServer(DiscoveryOptions.parseDnsServer(dns));
        }
        if (portMap != null) {
            options = options.withPorts(PortMap.parse(portMap));
        }
        Optional<char[]> password = passwordStdin ? Optional.of(readPassword()) : Optional.empty();
        try {
            // Own providers and accepted certificates live in the database; without one, none exist, and none is created.
            Path database = parent.databasePath();
            DiscoveryService discovery = Files.exists(database)
                    ? parent.factory().open(database, UnlockHandler.stayLocked()).discovery()
                    : parent.factory().discoveryWithoutDatabase();
            DiscoveryResult result = discovery.discover(address, password, options, ProgressMonitor.silent(),
                    DiscoveryListener.none());
            PrintWriter out = parent.output().out();
            if (json) {
                out.println(DiscoverJson.of(result));
            } else {
                print(out, result);
            }
            return result.found() ? MailbenchCommand.EXIT_OK : MailbenchCommand.EXIT_FAILED;
        } finally {
            password.ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }

    private char[] readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin: standard input has no password on its first line");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input: " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, DiscoveryResult result) {
        out.println("Settings for " + result.address().unicode() + ":");
        out.println("  Incoming: " + result.incoming().map(DiscoverCommand::line).orElse("none found"));
        out.println("  SMTP:     " + result.smtp().map(DiscoverCommand::line).orElse("none found"));
        out.println();
        out.println("Candidates, best first:");
        int rank = 1;
        for (Candidate candidate : result.candidates()) {
            out.printf("%3d. %s%n", rank++, line(candidate));
            candidate.evidence().forEach(e -> out.println("       " + e));
            candidate.confirmation().ifPresent(c -> out.println("       login: " + c.outcome() + " — " + c.message()));
        }
        out.println();
        out.println("Sources:");
        for (SourceReport report : result.sources()) {
            out.printf("  %-16s %-9s %5d ms  %s%n", report.source().label(), report.state(), report.millis(), report.summary());
        }
    }

    private static String line(Candidate c) {
        return c.protocol() + " " + c.endpoint() + ", user name: " + c.usernameFormat().storageForm()
                + ", certificate: " + c.certificate() + " [" + c.source().label() + "]"
                + (c.modernAuthRequired() ? " — needs modern sign-in (OAuth2) or an app password" : "");
    }
}
