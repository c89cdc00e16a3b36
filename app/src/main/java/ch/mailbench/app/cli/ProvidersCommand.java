package ch.mailbench.app.cli;

import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.core.discovery.CatalogFile;
import ch.mailbench.core.discovery.IspdbImport;
import ch.mailbench.core.discovery.ProviderCatalog;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.ProviderRepository;
import ch.mailbench.core.profile.AutoconfigParser;
import ch.mailbench.core.vault.UnlockHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code mailbench providers list|show|add|remove|import-ispdb}: the provider catalog discovery uses —
 * the shipped entries with the technician's own ones over them. Own providers live in the database; a
 * shipped entry is overridden by adding an own one with its key and comes back when that is removed.
 */
@Command(name = "providers", mixinStandardHelpOptions = true,
        description = {"The provider catalog: shipped providers and your own (kept in the database).",
                "An own provider with a shipped key overrides that entry; removing it brings the shipped one back."})
final class ProvidersCommand {

    private final MailbenchCommand parent;

    ProvidersCommand(MailbenchCommand parent) {
        this.parent = parent;
    }

    @Command(name = "list", description = "Every provider in effect, sorted by name (exit 0).")
    int list(@Option(names = "--json", description = "One JSON array instead of the table.") boolean json) {
        ProviderCatalog catalog = catalogForReading();
        PrintWriter out = parent.output().out();
        List<Provider> all = catalog.all();
        if (json) {
            out.println(ProvidersJson.array(all, catalog));
            return MailbenchCommand.EXIT_OK;
        }
        out.printf("%-24s %-34s %-8s %s%n", "KEY", "NAME", "ORIGIN", "DOMAINS");
        for (Provider provider : all) {
            out.printf("%-24s %-34s %-8s %s%n", provider.id(), provider.name(), ProvidersJson.origin(provider, catalog),
                    String.join(", ", provider.domains()));
        }
        return MailbenchCommand.EXIT_OK;
    }

    @Command(name = "show", description = "One provider in the catalog's own format (exit 1 when there is none with that key).")
    int show(@Parameters(paramLabel = "KEY") String id,
             @Option(names = "--json", description = "One JSON object instead of the text.") boolean json) {
        ProviderCatalog catalog = catalogForReading();
        Optional<Provider> provider = catalog.byId(key(id));
        if (provider.isEmpty()) {
            parent.output().err().println("mailbench: no provider with the key \"" + id + "\" (see: mailbench providers list)");
            return MailbenchCommand.EXIT_FAILED;
        }
        PrintWriter out = parent.output().out();
        if (json) {
            out.println(ProvidersJson.object(provider.get(), catalog));
        } else {
            out.println("# " + describeOrigin(provider.get(), catalog));
            out.print(CatalogFile.format(provider.get()));
        }
        return MailbenchCommand.EXIT_OK;
    }

    @Command(name = "add", description = {"Adds an own provider, or overrides a shipped one with the same key.",
            "An own provider that exists already is only replaced with --replace."})
    int add(@Parameters(paramLabel = "KEY", description = "Letters, digits, dots, hyphens, underscores.") String id,
            @Option(names = "--name", required = true, description = "The name technicians see.") String name,
            @Option(names = "--domain", paramLabel = "DOMAIN", description = "A domain whose addresses belong to it (repeatable).")
            List<String> domains,
            @Option(names = "--mx", paramLabel = "PATTERN", description = "An MX host pattern, *.example.net (repeatable).")
            List<String> mx,
            @Option(names = "--server", required = true, paramLabel = "\"PROTOCOL HOST PORT SECURITY\"",
                    description = "E.g. \"IMAP imap.example.net 993 SSL_TLS\" (repeatable, in order of preference).")
            List<String> servers,
            @Option(names = "--username", defaultValue = "FULL_ADDRESS", paramLabel = "FORMAT",
                    description = "FULL_ADDRESS, LOCAL_PART or CUSTOM:VALUE (default: ${DEFAULT-VALUE}).") String username,
            @Option(names = "--modern-auth", description = "It refuses plain passwords (OAuth2 or app passwords only).")
            boolean modernAuth,
            @Option(names = "--notes", defaultValue = "") String notes,
            @Option(names = "--replace", description = "Replace an own provider with this key.") boolean replace) {
        List<ProviderServer> parsed = new ArrayList<>();
        for (String server : servers) {
            try {
                parsed.add(ProviderServer.parse(server));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--server \"" + server + "\": " + e.getMessage(), e);
            }
        }
        Provider provider = new Provider(id, name, domains == null ? List.of() : domains, mx == null ? List.of() : mx, parsed,
                UsernameFormat.fromStorageForm(username), modernAuth, notes, Provider.Origin.OWN);
        ProviderCatalog catalog = parent.factory().open(parent.databaseAddress(), UnlockHandler.stayLocked()).providers();
        if (!replace && catalog.ownEntry(provider.id()).isPresent()) {
            throw new IllegalArgumentException("An own provider \"" + provider.id() + "\" exists already: add --replace to replace it,"
                    + " or remove it first");
        }
        catalog.save(provider);
        parent.output().out().println((catalog.shippedEntry(provider.id()).isPresent()
                ? "Saved " + provider.id() + "; it overrides the shipped entry (remove it to bring that back)."
                : "Saved " + provider.id() + "."));
        return MailbenchCommand.EXIT_OK;
    }

    @Command(name = "remove", description = {"Removes an own provider; a shipped entry it overrode is in effect again.",
            "Shipped entries cannot be removed, only overridden (exit 1 when there is no own provider with that key)."})
    int remove(@Parameters(paramLabel = "KEY") String id) {
        String key = key(id);
        DatabaseAddress database = parent.databaseAddress();
        ProviderCatalog catalog = database.exists()
                ? parent.factory().open(database, UnlockHandler.stayLocked()).providers() : shippedOnly();
        if (!database.exists() || !catalog.delete(key)) {
            parent.output().err().println("mailbench: no own provider \"" + id + "\" to remove"
                    + (catalog.shippedEntry(key).isPresent() ? " (shipped entries cannot be removed, only overridden)" : ""));
            return MailbenchCommand.EXIT_FAILED;
        }
        parent.output().out().println("Removed " + key + (catalog.shippedEntry(key).isPresent()
                ? "; the shipped entry is in effect again." : "."));
        return MailbenchCommand.EXIT_OK;
    }

    @Command(name = "import-ispdb", description = {"Imports a Thunderbird ISPDB file, or every *.xml file of a folder, as own providers",
            "(one transaction); files' quirks are reported, a file that is not config-v1.1 is left out. Exit 1 when none was imported."})
    int importIspdb(@Parameters(paramLabel = "PATH") Path path,
                    @Option(names = "--json", description = "One JSON object instead of the text.") boolean json) throws IOException {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("import-ispdb: " + path + " does not exist");
        }
        IspdbImport.Result result = new IspdbImport(new AutoconfigParser()).read(path);
        ProviderCatalog catalog = parent.factory().open(parent.databaseAddress(), UnlockHandler.stayLocked()).providers();
        List<String> overridden = result.providers().stream().map(Provider::id).filter(k -> catalog.shippedEntry(k).isPresent()).toList();
        if (!result.providers().isEmpty()) {
            catalog.saveAll(result.providers());
        }
        PrintWriter out = parent.output().out();
        if (json) {
            out.println(ProvidersJson.importResult(result, overridden));
        } else {
            out.printf("%d file(s) read, %d provider(s) imported, %d file(s) left out.%n", result.filesRead(),
                    result.providers().size(), result.filesRefused());
            if (!overridden.isEmpty()) {
                out.println("Overriding shipped entries: " + String.join(", ", overridden));
            }
            if (!result.quirks().isEmpty()) {
                out.println("Quirks:");
                result.quirks().forEach(q -> out.println("  " + q));
            }
        }
        return result.providers().isEmpty() ? MailbenchCommand.EXIT_FAILED : MailbenchCommand.EXIT_OK;
    }

    /** Keys are stored in lower case; the technician may type them in any case. */
    private static String key(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Listing creates no database: without one, only the shipped entries exist. */
    private ProviderCatalog catalogForReading() {
        DatabaseAddress database = parent.databaseAddress();
        return database.exists() ? parent.factory().open(database, UnlockHandler.stayLocked()).providers() : shippedOnly();
    }

    private static ProviderCatalog shippedOnly() {
        return new ProviderCatalog(CatalogFile.shipped(), ProviderRepository.none());
    }

    private static String describeOrigin(Provider provider, ProviderCatalog catalog) {
        return switch (ProvidersJson.origin(provider, catalog)) {
            case "override" -> "own provider, overriding the shipped entry " + provider.id();
            case "own" -> "own provider";
            default -> "shipped with Mailbench";
        };
    }
}
