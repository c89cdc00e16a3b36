package ch.mailbench.core.discovery;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.HostName;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.profile.AutodiscoverParser;
import ch.mailbench.core.profile.AutodiscoverProtocol;
import ch.mailbench.core.profile.AutodiscoverResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Outlook autodiscover (POX): POST to {@code autodiscover.DOMAIN} and to {@code DOMAIN} at once;
 * follows RedirectAddr (another address, so another domain) and RedirectUrl, at most two redirects.
 */
record AutodiscoverSource(AutodiscoverParser parser) implements DiscoverySource {

    static final int TRUST = 80;
    private static final int MAX_REDIRECTS = 2;

    @Override
    public Source kind() {
        return Source.AUTODISCOVER;
    }

    @Override
    public SourceReport find(Run run) throws InterruptedException {
        EmailAddress address = run.address;
        List<URI> uris = standardUris(address);
        List<Object> redirects = new ArrayList<>();
        for (int round = 0; round <= MAX_REDIRECTS; round++) {
            byte[] request = request(address);
            Fetches.Outcome<Found> outcome = Fetches.firstInOrder(run, uris, uri -> {
                HttpFetcher.Response response = run.http.fetch(uri, Optional.of(request), run.deadline);
                return new Found(response.uri(), parser.parse(response.body()));
            });
            if (outcome.first().isEmpty()) {
                return report(SourceReport.State.NOTHING, Evidence.of(Evidence.Kind.AUTODISCOVER_NONE), redirects);
            }
            Found found = outcome.first().get();
            AutodiscoverResponse response = found.response;
            if (response.redirectAddress().isPresent() || response.redirectUrl().isPresent()) {
                if (round == MAX_REDIRECTS) {
                    return report(SourceReport.State.FAILED, Evidence.of(Evidence.Kind.TOO_MANY_REDIRECTS, MAX_REDIRECTS), redirects);
                }
                if (response.redirectAddress().isPresent()) {
                    address = EmailAddress.parse(response.redirectAddress().get());
                    uris = standardUris(address);
                    redirects.add(Evidence.of(Evidence.Kind.REDIRECT_ADDRESS, address.unicode()));
                } else {
                    URI next = URI.create(response.redirectUrl().get().strip());
                    if (!"https".equals(next.getScheme())) {
                        return report(SourceReport.State.FAILED, Evidence.of(Evidence.Kind.REDIRECT_NOT_HTTPS), List.of());
                    }
                    uris = List.of(next);
                    redirects.add(next.toString());
                }
                continue;
            }
            if (response.error().isPresent()) {
                return report(SourceReport.State.NOTHING, Evidence.of(Evidence.Kind.SERVER_ERROR, response.error().get()), List.of());
            }
            List<Evidence> evidence = new ArrayList<>(List.of(Evidence.of(Evidence.Kind.AUTODISCOVER_AT, found.uri.toString())));
            via(redirects).ifPresent(evidence::add);
            int offered = offer(run, response, evidence);
            int exchange = offerExchange(run, response, evidence);
            List<Evidence> summary = new ArrayList<>(List.of(Evidence.of(Evidence.Kind.AUTODISCOVER_FOUND, offered, found.uri.toString())));
            if (exchange > 0) {
                summary.add(Evidence.of(Evidence.Kind.EXCHANGE_COUNT, exchange));
            }
            return new SourceReport(kind(), offered + exchange > 0 ? SourceReport.State.FOUND : SourceReport.State.NOTHING, summary, 0);
        }
        return report(SourceReport.State.FAILED, Evidence.of(Evidence.Kind.TOO_MANY_REDIRECTS, MAX_REDIRECTS), redirects);
    }

    private SourceReport report(SourceReport.State state, Evidence what, List<Object> redirects) {
        List<Evidence> summary = new ArrayList<>(List.of(what));
        via(redirects).ifPresent(summary::add);
        return new SourceReport(kind(), state, summary, 0);
    }

    private record Found(URI uri, AutodiscoverResponse response) { }

    /** The chain of redirects followed, each an address or an HTTPS address; none when there was no redirect. */
    private static Optional<Evidence> via(List<Object> redirects) {
        return redirects.isEmpty() ? Optional.empty() : Optional.of(Evidence.of(Evidence.Kind.REDIRECTED, List.copyOf(redirects)));
    }

    private static List<URI> standardUris(EmailAddress address) {
        String domain = address.domain().ascii();
        return List.of(URI.create("https://autodiscover." + domain + "/autodiscover/autodiscover.xml"),
                URI.create("https://" + domain + "/autodiscover/autodiscover.xml"));
    }

    private static byte[] request(EmailAddress address) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\">\n"
                + "  <Request>\n    <EMailAddress>" + address.ascii() + "</EMailAddress>\n"
                + "    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
                + "</AcceptableResponseSchema>\n  </Request>\n</Autodiscover>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static int offer(Run run, AutodiscoverResponse response, List<Evidence> evidence) {
        int count = 0;
        for (AutodiscoverProtocol block : response.protocols()) {
            Optional<Protocol> protocol = switch (block.type()) {
                case "IMAP" -> Optional.of(Protocol.IMAP);
                case "POP3" -> Optional.of(Protocol.POP3);
                case "SMTP" -> Optional.of(Protocol.SMTP);
                default -> Optional.empty();
            };
            Optional<Endpoint> endpoint = block.endpoint();
            if (protocol.isEmpty() || endpoint.isEmpty()) {
                continue;
            }
            UsernameFormat format = block.loginName().map(login -> formatOf(login, run.address)).orElse(UsernameFormat.FULL_ADDRESS);
            run.offer(Candidate.found(protocol.get(), endpoint.get(), format, Source.AUTODISCOVER, TRUST - count, evidence,
                    false, Optional.empty()));
            count++;
        }
        return count;
    }

    /**
     * EXPR (Outlook Anywhere, the name reachable from outside) ranks above EXCH (often an internal
     * name); both rank with autodiscover's trust, below an IMAP server it named that answers.
     */
    private static int offerExchange(Run run, AutodiscoverResponse response, List<Evidence> evidence) {
        int count = 0;
        for (AutodiscoverProtocol block : response.protocols()) {
            if (!block.type().equals("EXPR") && !block.type().equals("EXCH")) {
                continue;
            }
            Optional<HostName> server = block.server().flatMap(AutodiscoverSource::hostName);
            if (server.isEmpty()) {
                continue;
            }
            UsernameFormat format = block.loginName().map(login -> formatOf(login, run.address)).orElse(UsernameFormat.FULL_ADDRESS);
            int score = TRUST - (block.type().equals("EXPR") ? 0 : 1);
            run.offerExchange(new ExchangeCandidate(server.get(), block.type(), format, score,
                    Stream.concat(evidence.stream(), Stream.of(Evidence.of(Evidence.Kind.EXCHANGE_SERVER, block.type(),
                            server.get().unicode()))).toList()));
            count++;
        }
        return count;
    }

    /** EXCH blocks of Microsoft 365 name the mailbox (GUID@domain), not a host: those are left out. */
    private static Optional<HostName> hostName(String server) {
        try {
            return Optional.of(HostName.of(server.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static UsernameFormat formatOf(String login, EmailAddress address) {
        if (login.equalsIgnoreCase(address.ascii()) || login.equalsIgnoreCase(address.unicode())) {
            return UsernameFormat.FULL_ADDRESS;
        }
        return login.equalsIgnoreCase(address.localPart()) ? UsernameFormat.LOCAL_PART : UsernameFormat.custom(login);
    }
}
