package ch.mailbench.core.discovery;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.profile.AutoconfigParser;
import ch.mailbench.core.profile.ClientConfig;
import ch.mailbench.core.profile.ConfigServer;
import ch.mailbench.core.profile.ProfileFormatException;
import ch.mailbench.core.profile.XmlLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns Thunderbird ISPDB files (config-v1.1, read by {@link AutoconfigParser}) into catalog
 * providers. Real files have quirks — OAuth2-only servers, Exchange-only entries, user names the
 * catalog cannot express, bad ports — which are reported per file and never stop the import;
 * only a file that is not a config-v1.1 file at all is left out (and reported).
 */
public final class IspdbImport {

    /** The providers read and, per file, what was odd or left out. */
    public record Result(List<Provider> providers, List<String> quirks, int filesRead, int filesRefused) {
        public Result {
            providers = List.copyOf(providers);
            quirks = List.copyOf(quirks);
        }
    }

    private final AutoconfigParser parser;

    public IspdbImport(AutoconfigParser parser) {
        this.parser = parser;
    }

    /** Reads one file, or every {@code *.xml} file of a folder (not its subfolders). */
    public Result read(Path fileOrFolder) throws IOException {
        List<Path> files;
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> listing = Files.list(fileOrFolder)) {
                files = listing.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                        .filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(fileOrFolder);
        }
        List<Provider> providers = new ArrayList<>();
        List<String> quirks = new ArrayList<>();
        int refused = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            // The parser stops at the limit too; checking first spares reading a huge file at all.
            if (Files.size(file) > XmlLimits.MAX_BYTES) {
                quirks.add(name + ": larger than " + XmlLimits.MAX_BYTES + " bytes, not an ISPDB file; left out");
                refused++;
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                ClientConfig config = parser.parse(in);
                List<String> fileQuirks = new ArrayList<>();
                convert(config, name.replaceFirst("(?i)\\.xml$", ""), fileQuirks).ifPresent(providers::add);
                fileQuirks.forEach(q -> quirks.add(name + ": " + q));
            } catch (ProfileFormatException e) {
                quirks.add(name + ": " + e.getMessage() + "; left out");
                refused++;
            }
        }
        return new Result(providers, quirks, files.size(), refused);
    }

    /** One parsed file as a provider; empty (with the reason in {@code quirks}) when it has no IMAP, POP3 or SMTP server. */
    public Optional<Provider> convert(ClientConfig config, String fallbackId, List<String> quirks) {
        config.problems().forEach(quirks::add);
        List<String> domains = new ArrayList<>();
        for (String domain : config.domains()) {
            try {
                domains.add(DomainName.of(domain).ascii());
            } catch (IllegalArgumentException e) {
                quirks.add("domain \"" + domain + "\" skipped: " + e.getMessage());
            }
        }
        List<ProviderServer> servers = new ArrayList<>();
        List<ConfigServer> all = new ArrayList<>(config.incomingServers());
        all.addAll(config.outgoingServers());
        boolean anyPasswordIncoming = false;
        boolean anyIncoming = false;
        UsernameFormat format = null;
        for (ConfigServer server : all) {
            Optional<Protocol> protocol = switch (server.type()) {
                case "imap" -> Optional.of(Protocol.IMAP);
                case "pop3" -> Optional.of(Protocol.POP3);
                case "smtp" -> Optional.of(Protocol.SMTP);
                default -> Optional.empty();
            };
            if (protocol.isEmpty()) {
                quirks.add("line " + server.line() + ": " + server.type() + " server not used (only IMAP, POP3 and SMTP are tested)");
                continue;
            }
            if (server.hostname().isEmpty() || server.port().isEmpty() || server.security().isEmpty()) {
                quirks.add("line " + server.line() + ": " + server.type() + " server without host, port or socketType; skipped");
                continue;
            }
            String host = server.hostname().get().replaceAll("(?i)%EMAILDOMAIN%?", "%emaildomain%");
            if (host.replace("%emaildomain%", "").contains("%")) {
                quirks.add("line " + server.line() + ": host \"" + server.hostname().get() + "\" uses a placeholder other than %EMAILDOMAIN%; skipped");
                continue;
            }
            try {
                servers.add(new ProviderServer(protocol.get(), host, server.port().get(), server.security().get()));
            } catch (IllegalArgumentException e) {
                quirks.add("line " + server.line() + ": " + e.getMessage() + "; skipped");
                continue;
            }
            if (protocol.get() != Protocol.SMTP) {
                anyIncoming = true;
                anyPasswordIncoming |= server.acceptsPassword();
                if (format == null) {
                    format = usernameFormat(server, domains, quirks);
                }
            }
        }
        if (servers.isEmpty()) {
            quirks.add("no IMAP, POP3 or SMTP server with host, port and security; not imported");
            return Optional.empty();
        }
        boolean modernAuth = anyIncoming && !anyPasswordIncoming;
        if (modernAuth) {
            quirks.add("the incoming servers accept OAuth2 only: marked as needing modern sign-in");
        }
        String id = sanitise(config.providerId().isBlank() ? fallbackId : config.providerId());
        String name = !config.displayName().isBlank() ? config.displayName()
                : !config.displayShortName().isBlank() ? config.displayShortName() : id;
        String notes = config.documentationUrls().isEmpty() ? "Imported from ISPDB"
                : "Imported from ISPDB; documentation: " + String.join(" ", config.documentationUrls());
        try {
            return Optional.of(new Provider(id, name, domains, List.of(), servers,
                    format == null ? UsernameFormat.FULL_ADDRESS : format, modernAuth, notes, Provider.Origin.OWN));
        } catch (IllegalArgumentException e) {
            quirks.add(e.getMessage() + "; not imported");
            return Optional.empty();
        }
    }

    /** Full address or local part; anything else the catalog cannot express for every address, so it says so. */
    private static UsernameFormat usernameFormat(ConfigServer server, List<String> domains, List<String> quirks) {
        EmailAddress sample = EmailAddress.parse("someone@" + (domains.isEmpty() ? "example.com" : domains.get(0)));
        UsernameFormat format = server.username().formatFor(sample);
        if (format.kind() == UsernameFormat.Kind.CUSTOM) {
            quirks.add("line " + server.line() + ": user name \"" + server.username().template()
                    + "\" is neither the full address nor the local part; full address assumed");
            return UsernameFormat.FULL_ADDRESS;
        }
        return format;
    }

    private static String sanitise(String id) {
        String cleaned = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        cleaned = cleaned.isEmpty() ? "provider" : cleaned;
        return cleaned.length() > 63 ? cleaned.substring(0, 63) : cleaned;
    }
}
