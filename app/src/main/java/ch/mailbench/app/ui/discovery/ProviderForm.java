package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.ProviderServer;
import ch.mailbench.core.model.UsernameFormat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An own provider being added or edited (editing a shipped one makes an own one with its key,
 * which overrides it). Servers are written one per line as the catalog file writes them:
 * {@code IMAP imap.example.ch 993 SSL_TLS}; a bad line is named by its number.
 */
final class ProviderForm extends FormModel {

    static final String KEY = "key";
    static final String NAME = "name";
    static final String DOMAINS = "domains";
    static final String MX = "mx";
    static final String SERVERS = "servers";
    static final String USERNAME = "usernameKind";
    static final String CUSTOM_USERNAME = "customUsername";
    static final String MODERN_AUTH = "modernAuth";
    static final String NOTES = "notes";

    private static final Pattern KEY_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private final boolean isNew;

    private ProviderForm(Optional<Provider> start, Messages messages) {
        super(messages);
        this.isNew = start.isEmpty();
        set(KEY, start.map(Provider::id).orElse(""));
        set(NAME, start.map(Provider::name).orElse(""));
        set(DOMAINS, start.map(p -> String.join(", ", p.domains())).orElse(""));
        set(MX, start.map(p -> String.join(", ", p.mxPatterns())).orElse(""));
        set(SERVERS, start.map(p -> String.join("\n", p.servers().stream().map(ProviderServer::toLine).toList())).orElse(""));
        set(USERNAME, start.map(p -> p.usernameFormat().kind()).orElse(UsernameFormat.Kind.FULL_ADDRESS));
        set(CUSTOM_USERNAME, start.map(Provider::usernameFormat).filter(f -> f.kind() == UsernameFormat.Kind.CUSTOM)
                .map(UsernameFormat::customValue).orElse(""));
        set(MODERN_AUTH, start.map(Provider::modernAuthRequired).orElse(false));
        set(NOTES, start.map(Provider::notes).orElse(""));
        opened();
    }

    static ProviderForm forNew(Messages messages) {
        return new ProviderForm(Optional.empty(), messages);
    }

    /** Edits {@code provider}; a shipped one is saved as an own provider with its key (an override). */
    static ProviderForm forEdit(Provider provider, Messages messages) {
        return new ProviderForm(Optional.of(provider), messages);
    }

    boolean isNew() {
        return isNew;
    }

    void setKey(String key) { set(KEY, key); }
    void setName(String name) { set(NAME, name); }
    void setDomains(String domains) { set(DOMAINS, domains); }
    void setMx(String mx) { set(MX, mx); }
    void setServers(String servers) { set(SERVERS, servers); }
    void setUsernameKind(UsernameFormat.Kind kind) { set(USERNAME, kind); }
    void setCustomUsername(String username) { set(CUSTOM_USERNAME, username); }
    void setModernAuth(boolean modernAuth) { set(MODERN_AUTH, modernAuth); }
    void setNotes(String notes) { set(NOTES, notes); }

    /** The own provider to save. Only when valid. */
    Provider toProvider() {
        UsernameFormat format = switch (usernameKind()) {
            case FULL_ADDRESS -> UsernameFormat.FULL_ADDRESS;
            case LOCAL_PART -> UsernameFormat.LOCAL_PART;
            case CUSTOM -> UsernameFormat.custom(text(CUSTOM_USERNAME));
        };
        return new Provider(text(KEY), text(NAME), words(DOMAINS), words(MX), servers(), format,
                Boolean.TRUE.equals(get(MODERN_AUTH)), text(NOTES), Provider.Origin.OWN);
    }

    UsernameFormat.Kind usernameKind() {
        return (UsernameFormat.Kind) get(USERNAME);
    }

    @Override
    protected Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!KEY_PATTERN.matcher(text(KEY).strip()).matches()) {
            errors.put(KEY, messages.get("provider.error.key"));
        }
        if (text(NAME).isBlank()) {
            errors.put(NAME, messages.get("provider.error.name"));
        }
        for (String domain : words(DOMAINS)) {
            try {
                DomainName.of(domain);
            } catch (IllegalArgumentException e) {
                errors.put(DOMAINS, messages.format("provider.error.domain", domain));
                break;
            }
        }
        List<String> lines = Arrays.asList(text(SERVERS).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                ProviderServer.parse(lines.get(i));
            } catch (IllegalArgumentException e) {
                errors.put(SERVERS, messages.format("provider.error.serverLine", i + 1, e.getMessage()));
                break;
            }
        }
        if (!errors.containsKey(SERVERS) && lines.stream().allMatch(String::isBlank)) {
            errors.put(SERVERS, messages.get("provider.error.servers"));
        }
        if (usernameKind() == UsernameFormat.Kind.CUSTOM && text(CUSTOM_USERNAME).isBlank()) {
            errors.put(CUSTOM_USERNAME, messages.get("provider.error.username"));
        }
        return errors;
    }

    private List<String> words(String property) {
        return SEPARATORS.splitAsStream(text(property).strip()).filter(w -> !w.isEmpty()).toList();
    }

    private List<ProviderServer> servers() {
        List<ProviderServer> servers = new ArrayList<>();
        for (String line : text(SERVERS).split("\n")) {
            if (!line.isBlank()) {
                servers.add(ProviderServer.parse(line));
            }
        }
        return servers;
    }
}
