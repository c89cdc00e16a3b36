package ch.mailbench.app.cli;

import ch.mailbench.core.discovery.IspdbImport;
import ch.mailbench.core.discovery.ProviderCatalog;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;

import java.util.List;
import java.util.stream.Collectors;

import static ch.mailbench.app.cli.DiscoverJson.close;
import static ch.mailbench.app.cli.DiscoverJson.field;
import static ch.mailbench.app.cli.VerifyJson.string;

/** {@code providers … --json}: providers with their servers in the field names of {@code discover --json}. */
final class ProvidersJson {

    private ProvidersJson() {
    }

    static String array(List<Provider> providers, ProviderCatalog catalog) {
        return providers.stream().map(p -> object(p, catalog)).collect(Collectors.joining(",", "[", "]"));
    }

    static String object(Provider provider, ProviderCatalog catalog) {
        StringBuilder json = new StringBuilder("{");
        field(json, "key", string(provider.id()));
        field(json, "name", string(provider.name()));
        field(json, "origin", string(origin(provider, catalog)));
        field(json, "domains", strings(provider.domains()));
        field(json, "mx_patterns", strings(provider.mxPatterns()));
        field(json, "servers", provider.servers().stream().map(ProvidersJson::server).collect(Collectors.joining(",", "[", "]")));
        field(json, "username_format", string(provider.usernameFormat().storageForm()));
        field(json, "modern_auth_required", Boolean.toString(provider.modernAuthRequired()));
        field(json, "notes", string(provider.notes()));
        return close(json);
    }

    static String importResult(IspdbImport.Result result, List<String> overridden) {
        StringBuilder json = new StringBuilder("{");
        field(json, "files_read", Integer.toString(result.filesRead()));
        field(json, "files_left_out", Integer.toString(result.filesRefused()));
        field(json, "imported", strings(result.providers().stream().map(Provider::id).toList()));
        field(json, "overriding_shipped", strings(overridden));
        field(json, "quirks", strings(result.quirks()));
        return close(json);
    }

    /** "shipped", "own", or "override" (an own provider with a shipped provider's key). */
    static String origin(Provider provider, ProviderCatalog catalog) {
        if (provider.origin() == Provider.Origin.SHIPPED) {
            return "shipped";
        }
        return catalog.shippedEntry(provider.id()).isPresent() ? "override" : "own";
    }

    private static String server(ProviderServer server) {
        StringBuilder json = new StringBuilder("{");
        field(json, "protocol", string(server.protocol().name()));
        field(json, "host", string(server.host()));
        field(json, "port", Integer.toString(server.port().number()));
        field(json, "security", string(server.security().name()));
        return close(json);
    }

    private static String strings(List<String> values) {
        return values.stream().map(VerifyJson::string).collect(Collectors.joining(",", "[", "]"));
    }
}
