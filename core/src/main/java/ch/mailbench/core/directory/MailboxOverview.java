package ch.mailbench.core.directory;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "What is broken or unproven, and where?": every mailbox across customers with its effective
 * settings and truthful {@link CheckStatus}, filtered by customer, domain, server host, provider
 * and status. Serves {@code mailbench list}, {@code verify --failed-only} and the console's overview.
 *
 * <p>Reads the database: call it off the Event Dispatch Thread.
 */
public final class MailboxOverview {

    /** One mailbox as the overview shows it. */
    public record Row(Mailbox mailbox, Customer customer, MailDomain domain, ServerSettings settings, CheckStatus status) {
    }

    /** Which rows to show; empty fields do not filter. Text matches ignore case. */
    public record Filter(Optional<String> customer, Optional<String> domain, Optional<String> host,
                         Optional<String> provider, Set<CheckStatus> statuses) {

        public Filter {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(provider, "provider");
            statuses = Set.copyOf(statuses);
        }

        public static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
        }

        boolean accepts(Row row) {
            return customer.map(c -> row.customer().name().equalsIgnoreCase(c.strip())).orElse(true)
                    && domain.map(d -> row.domain().name().ascii().equalsIgnoreCase(d.strip())
                            || row.domain().name().unicode().equalsIgnoreCase(d.strip())).orElse(true)
                    && host.map(h -> onHost(row.settings().incoming(), h) || onHost(row.settings().outgoing(), h)).orElse(true)
                    && provider.map(p -> fold(row.domain().provider()).contains(fold(p))).orElse(true)
                    && (statuses.isEmpty() || statuses.contains(row.status()));
        }

        private static boolean onHost(Optional<Endpoint> endpoint, String host) {
            return endpoint.map(e -> e.host().ascii().equalsIgnoreCase(host.strip()) || e.host().unicode().equalsIgnoreCase(host.strip()))
                    .orElse(false);
        }

        private static String fold(String text) {
            return SearchText.fold(text.strip()).toLowerCase(Locale.ROOT);
        }
    }

    private final Store store;
    private final Clock clock;
    private final Duration maxAge;

    /** @param maxAge how old a successful check may be and still count as verified (default {@link CheckStatus#DEFAULT_MAX_AGE}) */
    public MailboxOverview(Store store, Clock clock, Duration maxAge) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    }

    /** The matching mailboxes, sorted by customer, domain and address. */
    public List<Row> rows(Filter filter) {
        Repositories repositories = store.repositories();
        Map<Long, Customer> customers = repositories.customers().findAll().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        Map<Long, MailDomain> domains = repositories.domains().findAll().stream()
                .collect(Collectors.toMap(MailDomain::id, Function.identity()));
        Set<Long> withPassword = repositories.secrets().passwordDates().keySet();
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        for (Mailbox mailbox : repositories.mailboxes().findAll()) {
            MailDomain domain = domains.get(mailbox.domainId());
            ServerSettings settings = mailbox.effectiveSettings(domain);
            boolean hasPassword = withPassword.contains(mailbox.id()) || !logsIn(settings);
            Row row = new Row(mailbox, customers.get(domain.customerId()), domain, settings,
                    CheckStatus.of(mailbox.lastCheck(), settings, hasPassword, now, maxAge));
            if (filter.accepts(row)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.customer().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.domain().name().ascii()).thenComparing(r -> r.mailbox().address().ascii()));
        return rows;
    }

    /** Whether checking these settings needs a password: an incoming login, or SMTP with authentication. */
    static boolean logsIn(ServerSettings settings) {
        return (settings.type().incomingProtocol().isPresent() && settings.incoming().isPresent())
                || (settings.outgoing().isPresent() && settings.smtpAuth());
    }
}
