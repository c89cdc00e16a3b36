package ch.mailbench.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A known mail provider: its servers in order of preference, the user name format, and how to
 * recognise it — the domains its addresses use and the host name patterns of its MX servers
 * ({@code *.mail.protection.outlook.com}). {@code modernAuthRequired} marks providers that refuse
 * a plain password even when it is right (OAuth2 or app passwords only).
 *
 * @param id     stable key; an own provider with a shipped provider's id overrides it
 * @param origin where the entry comes from: shipped with Mailbench, or the technician's own
 */
public record Provider(String id, String name, List<String> domains, List<String> mxPatterns, List<ProviderServer> servers,
                       UsernameFormat usernameFormat, boolean modernAuthRequired, String notes, Origin origin) {

    public enum Origin { SHIPPED, OWN }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    public Provider {
        id = Objects.requireNonNull(id, "id").strip().toLowerCase(Locale.ROOT);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("The provider key \"" + id + "\" may only hold letters, digits, dots, hyphens and underscores");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The provider " + id + " has no name");
        }
        name = name.strip();
        domains = domains.stream().map(d -> DomainName.of(d).ascii()).distinct().toList();
        mxPatterns = mxPatterns.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).distinct().toList();
        servers = List.copyOf(servers);
        Objects.requireNonNull(usernameFormat, "usernameFormat");
        notes = notes == null ? "" : notes.strip();
        Objects.requireNonNull(origin, "origin");
    }

    /** True when an address on {@code domain} belongs to this provider by its domain alone. */
    public boolean servesDomain(DomainName domain) {
        return domains.contains(domain.ascii());
    }

    /** True when {@code mxHost} matches one of the MX patterns ({@code *} stands for one or more labels). */
    public boolean matchesMx(String mxHost) {
        String host = mxHost.toLowerCase(Locale.ROOT);
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String pattern : mxPatterns) {
            if (pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : host.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    public List<ProviderServer> servers(Protocol protocol) {
        return servers.stream().filter(s -> s.protocol() == protocol).toList();
    }

    public Provider withOrigin(Origin newOrigin) {
        return new Provider(id, name, domains, mxPatterns, servers, usernameFormat, modernAuthRequired, notes, newOrigin);
    }
}
