package ch.mailbench.core.discovery;

import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Port;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.HostName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * DNS: the MX hosts matched against the catalog (lowest preference first, then the MX host's parent
 * domains against the catalog's domains), and the RFC 6186/8314 SRV records — all queries at once.
 * An SRV target of "." means the service is not offered: no candidate, and the summary says so.
 */
final class DnsSource implements DiscoverySource {

    static final int MX_TRUST = 95;
    static final int SRV_TRUST = 70;

    private record SrvService(String label, Protocol protocol, Security security) { }

    private static final List<SrvService> SERVICES = List.of(
            new SrvService("_imaps._tcp", Protocol.IMAP, Security.SSL_TLS),
            new SrvService("_imap._tcp", Protocol.IMAP, Security.STARTTLS),
            new SrvService("_pop3s._tcp", Protocol.POP3, Security.SSL_TLS),
            new SrvService("_pop3._tcp", Protocol.POP3, Security.STARTTLS),
            new SrvService("_submissions._tcp", Protocol.SMTP, Security.SSL_TLS),
            new SrvService("_submission._tcp", Protocol.SMTP, Security.STARTTLS));

    @Override
    public Source kind() {
        return Source.DNS;
    }

    @Override
    public SourceReport find(Run run) throws InterruptedException {
        String domain = run.address.domain().ascii();
        CompletableFuture<List<Dns.Mx>> mx = async(run, () -> run.dns.mx(domain));
        List<CompletableFuture<List<Dns.Srv>>> srv = new ArrayList<>();
        for (SrvService service : SERVICES) {
            srv.add(async(run, () -> run.dns.srv(service.label + "." + domain)));
        }
        List<Evidence> summary = new ArrayList<>();
        boolean answered = false;
        int offered = 0;
        Optional<List<Dns.Mx>> mxRecords = await(run, mx, "MX", summary);
        if (mxRecords.isPresent()) {
            answered = true;
            offered += matchMx(run, mxRecords.get(), summary);
        }
        for (int i = 0; i < SERVICES.size(); i++) {
            SrvService service = SERVICES.get(i);
            Optional<List<Dns.Srv>> records = await(run, srv.get(i), "SRV " + service.label, summary);
            if (records.isEmpty()) {
                continue;
            }
            answered = true;
            int rank = 0;
            for (Dns.Srv record : records.get()) {
                if (record.notOffered()) {
                    summary.add(Evidence.of(Evidence.Kind.SRV_NOT_OFFERED, service.label));
                    break;
                }
                try {
                    Endpoint endpoint = new Endpoint(HostName.of(record.target()), Port.of(record.port()), service.security);
                    run.offer(Candidate.found(service.protocol, endpoint, UsernameFormat.FULL_ADDRESS, Source.DNS,
                            SRV_TRUST - rank++, List.of(Evidence.of(Evidence.Kind.SRV, service.label, record.target() + ":" + record.port())),
                            false, Optional.empty()));
                    offered++;
                } catch (IllegalArgumentException e) {
                    summary.add(Evidence.of(Evidence.Kind.SRV_UNUSABLE, service.label, record.target()));
                }
            }
        }
        SourceReport.State state = offered > 0 ? SourceReport.State.FOUND
                : answered ? SourceReport.State.NOTHING : SourceReport.State.TIMED_OUT;
        return new SourceReport(kind(), state, summary.isEmpty() ? List.of(Evidence.of(Evidence.Kind.DNS_NOTHING)) : summary, 0);
    }

    private static int matchMx(Run run, List<Dns.Mx> records, List<Evidence> summary) {
        if (records.isEmpty()) {
            summary.add(Evidence.of(Evidence.Kind.MX_NONE));
            return 0;
        }
        for (Dns.Mx record : records) {
            Optional<Provider> provider = run.catalog.byMx(record.host());
            if (provider.isPresent()) {
                Evidence match = Evidence.of(Evidence.Kind.MX_PROVIDER, record.host(), provider.get().name());
                summary.add(match);
                return offerProvider(run, provider.get(), match);
            }
        }
        for (Dns.Mx record : records) {
            for (String parent = parentOf(record.host()); parent != null; parent = parentOf(parent)) {
                try {
                    Optional<Provider> provider = run.catalog.byDomain(DomainName.of(parent));
                    if (provider.isPresent()) {
                        Evidence match = Evidence.of(Evidence.Kind.MX_PARENT_PROVIDER, record.host(), parent, provider.get().name());
                        summary.add(match);
                        return offerProvider(run, provider.get(), match);
                    }
                } catch (IllegalArgumentException e) {
                    break; // down to a bare top-level domain
                }
            }
        }
        summary.add(Evidence.of(Evidence.Kind.MX_NO_MATCH, records.get(0).host()));
        return 0;
    }

    private static int offerProvider(Run run, Provider provider, Evidence evidence) {
        int before = run.found().size();
        CatalogSource.offer(run, provider, MX_TRUST, evidence);
        return run.found().size() - before;
    }

    private static String parentOf(String host) {
        int dot = host.indexOf('.');
        String parent = dot < 0 ? null : host.substring(dot + 1);
        return parent == null || !parent.contains(".") ? null : parent;
    }

    private interface Query<T> {
        T run() throws Dns.DnsFailure;
    }

    private static <T> CompletableFuture<T> async(Run run, Query<T> query) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return query.run();
            } catch (Dns.DnsFailure e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, run.executor());
    }

    private static <T> Optional<T> await(Run run, CompletableFuture<T> future, String what, List<Evidence> summary)
            throws InterruptedException {
        try {
            return Optional.of(run.await(future, run.deadline));
        } catch (ExecutionException e) {
            summary.add(Evidence.of(Evidence.Kind.QUERY_FAILED, what, e.getCause() instanceof Dns.DnsFailure failure
                    ? failure.reason() : String.valueOf(e.getCause().getMessage())));
        } catch (TimeoutException e) {
            summary.add(Evidence.of(Evidence.Kind.QUERY_TIMEOUT, what));
        }
        return Optional.empty();
    }
}
