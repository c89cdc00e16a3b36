package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.UsernameFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the provider catalog's text format (see the comment at the top of {@code providers.catalog}):
 * blocks that start with {@code [key]}, then {@code name = value} lines. Strict: a line it does not
 * understand is refused with its number, because a silently dropped server is worse than no catalog.
 */
public final class CatalogFile {

    private static final String RESOURCE = "providers.catalog";

    private CatalogFile() {
    }

    /** The catalog shipped in core's resources. */
    public static List<Provider> shipped() {
        try (InputStream in = CatalogFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The provider catalog " + RESOURCE + " is missing from the program");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Provider.Origin.SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the provider catalog: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming the line and what is wrong with it */
    public static List<Provider> parse(String text, Provider.Origin origin) {
        List<Provider> providers = new ArrayList<>();
        Block block = null;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("[") && line.endsWith("]")) {
                    if (block != null) {
                        providers.add(block.build(origin));
                    }
                    block = new Block(line.substring(1, line.length() - 1), number);
                    continue;
                }
                if (block == null) {
                    throw new IllegalArgumentException("a [key] line must come first");
                }
                int equals = line.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("expected \"name = value\", found \"" + line + "\"");
                }
                block.set(line.substring(0, equals).strip().toLowerCase(Locale.ROOT), line.substring(equals + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Provider catalog line " + number + ": " + e.getMessage(), e);
            }
        }
        if (block != null) {
            try {
                providers.add(block.build(origin));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Provider catalog line " + block.line + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(providers);
    }

    /** The lines of one provider in this format (the database keeps own providers field by field; this is for export). */
    public static String format(Provider provider) {
        StringBuilder out = new StringBuilder("[").append(provider.id()).append("]\n");
        out.append("name = ").append(provider.name()).append('\n');
        if (!provider.domains().isEmpty()) {
            out.append("domains = ").append(String.join(", ", provider.domains())).append('\n');
        }
        if (!provider.mxPatterns().isEmpty()) {
            out.append("mx = ").append(String.join(", ", provider.mxPatterns())).append('\n');
        }
        provider.servers().forEach(s -> out.append("server = ").append(s.toLine()).append('\n'));
        out.append("username = ").append(provider.usernameFormat().storageForm()).append('\n');
        if (provider.modernAuthRequired()) {
            out.append("modern-auth = yes\n");
        }
        if (!provider.notes().isEmpty()) {
            out.append("notes = ").append(provider.notes().replaceAll("\\R", " ")).append('\n');
        }
        return out.toString();
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static final class Block {
        private final String id;
        private final int line;
        private String name = "";
        private List<String> domains = List.of();
        private List<String> mx = List.of();
        private final List<ProviderServer> servers = new ArrayList<>();
        private UsernameFormat username = UsernameFormat.FULL_ADDRESS;
        private boolean modernAuth;
        private String notes = "";

        Block(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void set(String key, String value) {
            switch (key) {
                case "name" -> name = value;
                case "domains" -> domains = list(value);
                case "mx" -> mx = list(value);
                case "server" -> servers.add(ProviderServer.parse(value));
                case "username" -> username = UsernameFormat.fromStorageForm(value);
                case "modern-auth" -> modernAuth = switch (value.toLowerCase(Locale.ROOT)) {
                    case "yes", "true" -> true;
                    case "no", "false" -> false;
                    default -> throw new IllegalArgumentException("modern-auth is yes or no, not \"" + value + "\"");
                };
                case "notes" -> notes = value;
                default -> throw new IllegalArgumentException("unknown field \"" + key + "\"");
            }
        }

        Provider build(Provider.Origin origin) {
            if (servers.isEmpty()) {
                throw new IllegalArgumentException("the provider [" + id + "] has no server line");
            }
            return new Provider(id, name, domains, mx, servers, username, modernAuth, notes, origin);
        }
    }
}
