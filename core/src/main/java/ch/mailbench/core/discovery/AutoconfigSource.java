package ch.mailbench.core.discovery;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.profile.AutoconfigParser;
import ch.mailbench.core.profile.ClientConfig;
import ch.mailbench.core.profile.ConfigServer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Thunderbird-style autoconfig: {@code autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=…} and
 * {@code DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml}, over HTTPS, then the same over HTTP —
 * all four at once, the first in that order that gives a config-v1.1 file wins.
 */
record AutoconfigSource(AutoconfigParser parser) implements DiscoverySource {

    static final int TRUST = 90;

    @Override
    public Source kind() {
        return Source.AUTOCONFIG;
    }

    @Override
    public SourceReport find(Run run) throws InterruptedException {
        String domain = run.address.domain().ascii();
        String query = "?emailaddress=" + URLEncoder.encode(run.address.ascii(), StandardCharsets.UTF_8);
        List<URI> uris = new ArrayList<>();
        for (String scheme : List.of("https", "http")) {
            uris.add(URI.create(scheme + "://autoconfig." + domain + "/mail/config-v1.1.xml" + query));
            uris.add(URI.create(scheme + "://" + domain + "/.well-known/autoconfig/mail/config-v1.1.xml"));
        }
        Fetches.Outcome<Found> outcome = Fetches.firstInOrder(run, uris, uri -> {
            HttpFetcher.Response response = run.http.fetch(uri, Optional.empty(), run.deadline);
            return new Found(response.uri(), parser.parse(response.body()));
        });
        if (outcome.first().isEmpty()) {
            return new SourceReport(kind(), SourceReport.State.NOTHING,
                    List.of(Evidence.of(Evidence.Kind.AUTOCONFIG_NONE, outcome.failures().size())), 0);
        }
        Found found = outcome.first().get();
        int offered = offer(run, found.config, Evidence.of(Evidence.Kind.AUTOCONFIG_AT, found.uri.getScheme() + "://"
                + found.uri.getHost() + found.uri.getRawPath()), TRUST, Source.AUTOCONFIG);
        List<Evidence> summary = new ArrayList<>(List.of(Evidence.of(Evidence.Kind.AUTOCONFIG_FOUND, offered, found.uri.toString())));
        if (!found.config.problems().isEmpty()) {
            summary.add(Evidence.of(Evidence.Kind.ENTRIES_SKIPPED, found.config.problems().size()));
        }
        return new SourceReport(kind(), offered > 0 ? SourceReport.State.FOUND : SourceReport.State.NOTHING, summary, 0);
    }

    private record Found(URI uri, ClientConfig config) { }

    /** Offers the file's IMAP, POP3 and SMTP servers in its order; OAuth2-only servers are marked as needing modern sign-in. */
    static int offer(Run run, ClientConfig config, Evidence evidence, int trust, Source source) {
        int count = 0;
        List<ConfigServer> servers = new ArrayList<>(config.incomingServers());
        servers.addAll(config.outgoingServers());
        for (ConfigServer server : servers) {
            Optional<Protocol> protocol = switch (server.type()) {
                case "imap" -> Optional.of(Protocol.IMAP);
                case "pop3" -> Optional.of(Protocol.POP3);
                case "smtp" -> Optional.of(Protocol.SMTP);
                default -> Optional.empty();
            };
            Optional<Endpoint> endpoint = server.endpointFor(run.address);
            if (protocol.isEmpty() || endpoint.isEmpty()) {
                continue;
            }
            boolean modernAuth = !server.acceptsPassword() && !server.needsNoLogin();
            run.offer(Candidate.found(protocol.get(), endpoint.get(), server.username().formatFor(run.address), source,
                    trust - count, List.of(evidence), modernAuth, Optional.of(config.displayName()).filter(n -> !n.isBlank())));
            count++;
        }
        return count;
    }
}
