package ch.mailbench.app.cli;

import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.app.Workbench;
import ch.mailbench.core.discovery.Candidate;
import ch.mailbench.core.discovery.DiscoveryListener;
import ch.mailbench.core.discovery.DiscoveryOptions;
import ch.mailbench.core.discovery.DiscoveryResult;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.discovery.EvidenceTexts;
import ch.mailbench.core.discovery.ExchangeCandidate;
import ch.mailbench.core.discovery.PortMap;
import ch.mailbench.core.discovery.SourceReport;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.probe.OutcomeTexts;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.Repositories;
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
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@code mailbench discover EMAIL}: finds the settings of an address from the catalog, autoconfig, autodiscover, DNS and guessing. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        header = "Finds the settings of an address nobody documented, and with a password confirms them by a login.",
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

    /** Where {@code --apply-to} stores the chosen settings. */
    enum ApplyTarget { mailbox, domain }

    @Option(names = "--apply-to", paramLabel = "mailbox|domain",
            description = {"Store the chosen settings on the stored mailbox EMAIL, or as the defaults of its stored domain",
                    "(its mailboxes on the old servers move along). Nothing is stored when nothing was found, or,",
                    "with --password-stdin, when no login confirmed it. The mailbox or domain must already exist."})
    ApplyTarget applyTo;

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
            // Only --apply-to writes: without it a database file is only read, with two plain queries (see ReadOnlyLookups).
            DatabaseAddress database = parent.databaseAddress();
            Optional<Workbench> workbench = applyTo != null && database.exists()
                    ? Optional.of(parent.factory().open(database, UnlockHandler.stayLocked())) : Optional.empty();
            if (applyTo != null) {
                refuseMissingTarget(address, database, workbench);
            }
            DiscoveryService discovery = workbench.map(Workbench::discovery).orElseGet(() -> discoveryReadingOnly(database));
            DiscoveryResult result = discovery.discover(address, password, options, ProgressMonitor.silent(),
                    DiscoveryListener.none());
            PrintWriter out = parent.output().out();
            if (json) {
                out.println(DiscoverJson.of(result));
            } else {
                print(out, result);
            }
            if (applyTo != null) {
                apply(address, result, workbench.orElseThrow());
            }
            return result.found() ? MailbenchCommand.EXIT_OK : MailbenchCommand.EXIT_FAILED;
        } finally {
            password.ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }

    private DiscoveryService discoveryReadingOnly(DatabaseAddress database) {
        if (database instanceof DatabaseAddress.SqliteFile sqlite && database.exists()) {
            return parent.factory().discoveryReadingOnly(sqlite.file());
        }
        return database.exists() ? parent.factory().open(database, UnlockHandler.stayLocked()).discovery()
                : parent.factory().discoveryWithoutDatabase();
    }

    /** Before the run: a missing database, mailbox or domain is refused at once, not after a discovery that cannot be stored. */
    private void refuseMissingTarget(EmailAddress address, DatabaseAddress database, Optional<Workbench> workbench) {
        if (workbench.isEmpty()) {
            throw new IllegalArgumentException("--apply-to: the database " + database + " does not exist, so there is no "
                    + applyTo + " to store the settings on");
        }
        Repositories stored = workbench.get().store().repositories();
        boolean exists = applyTo == ApplyTarget.mailbox ? stored.mailboxes().findByAddress(address).isPresent()
                : stored.domains().findByName(address.domain()).isPresent();
        if (!exists) {
            throw new IllegalArgumentException("--apply-to " + applyTo + ": " + (applyTo == ApplyTarget.mailbox
                    ? "the mailbox " + address.unicode() : "the domain " + address.domain().unicode())
                    + " is not in the database " + database + "; add it first");
        }
    }

    private void apply(EmailAddress address, DiscoveryResult result, Workbench workbench) {
        PrintWriter err = parent.output().err();
        Optional<ServerSettings> settings = result.settings();
        if (!result.found() || settings.isEmpty()) {
            err.println("Nothing stored: " + (settings.isEmpty() ? "no incoming server was found"
                    : "no login confirmed the settings found") + ".");
            return;
        }
        String where = switch (applyTo) {
            case mailbox -> {
                workbench.directory().applyToMailbox(address, settings.get());
                yield "the mailbox " + address.unicode();
            }
            case domain -> {
                workbench.directory().applyToDomain(address.domain(), settings.get(), result.incoming().flatMap(Candidate::provider));
                yield "the defaults of " + address.domain().unicode() + " (its mailboxes on the old servers moved along)";
            }
        };
        err.println("Stored on " + where + ".");
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

    /**
     * The text output, in the process's language: core's evidence sentences and login explanations,
     * and this command's own words for security, user name format, certificate and source states
     * (never enum names: those are for {@code --json}).
     */
    private static void print(PrintWriter out, DiscoveryResult result) {
        Locale locale = Locale.getDefault();
        EvidenceTexts evidence = new EvidenceTexts(locale);
        OutcomeTexts outcomes = new OutcomeTexts(locale);
        ResourceBundle words = ResourceBundle.getBundle("ch.mailbench.app.cli.DiscoverTexts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        BiFunction<String, Object[], String> say = (key, values) -> new MessageFormat(words.getString(key), locale).format(values);
        Function<UsernameFormat, String> format = f -> f.kind() == UsernameFormat.Kind.CUSTOM ? f.customValue()
                : words.getString("format." + f.kind().name());
        Function<Endpoint, String> endpoint = e -> e.host().unicode() + ":" + e.port() + " " + words.getString("security." + e.security().name());
        Function<Candidate, String> line = c -> say.apply("server", new Object[] {c.protocol(), endpoint.apply(c.endpoint()),
                format.apply(c.usernameFormat()), words.getString("cert." + c.certificate().name()), evidence.label(c.source())})
                + (c.modernAuthRequired() ? say.apply("modernAuth", new Object[0]) : "");
        Function<ExchangeCandidate, String> exchangeLine = x -> say.apply("exchange", new Object[] {x.server().unicode(), x.kind(),
                format.apply(x.usernameFormat())});
        String none = words.getString("none");
        out.println(say.apply("heading", new Object[] {result.address().unicode()}));
        out.println(say.apply("incoming", new Object[] {result.incoming().map(line).orElse(none)}));
        out.println(say.apply("smtp", new Object[] {result.smtp().map(line).orElse(none)}));
        result.exchangeChosen().ifPresent(x -> out.println(say.apply("exchangeChosen", new Object[] {exchangeLine.apply(x)})));
        out.println();
        out.println(words.getString("candidates"));
        int rank = 1;
        for (Candidate candidate : result.candidates()) {
            out.printf("%3d. %s%n", rank++, line.apply(candidate));
            evidence.sentences(candidate.evidence()).forEach(e -> out.println("       " + e));
            candidate.confirmation().ifPresent(c -> out.println("       " + say.apply("login",
                    new Object[] {outcomes.label(c.outcome()), outcomes.explanation(c.diagnosis())})));
        }
        for (ExchangeCandidate exchange : result.exchange()) {
            out.printf("     Exchange %s%n", exchangeLine.apply(exchange));
            evidence.sentences(exchange.evidence()).forEach(e -> out.println("       " + e));
        }
        out.println();
        out.println(words.getString("sources"));
        // Columns as wide as their longest word in this language ("catalogue des hébergeurs").
        int labels = result.sources().stream().mapToInt(r -> evidence.label(r.source()).length()).max().orElse(0);
        int states = result.sources().stream().mapToInt(r -> words.getString("state." + r.state().name()).length()).max().orElse(0);
        for (SourceReport report : result.sources()) {
            out.printf("  %-" + labels + "s  %-" + states + "s %5d ms  %s%n", evidence.label(report.source()),
                    words.getString("state." + report.state().name()), report.millis(), evidence.summary(report));
        }
    }
}
