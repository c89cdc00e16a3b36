package ch.mailbench.core.sheet;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.port.ModernAuthProviders;
import ch.mailbench.core.port.PasswordSource;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.ShopSettingsStore;
import ch.mailbench.core.port.Store;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds setup sheets from what the database knows: the settings that apply to each mailbox, the
 * latest check in which exactly those servers accepted the login, the shop settings, and — only
 * when the technician asks for it — the password from the vault. Runs off the EDT.
 */
public final class SheetService {

    /** Enough history to find the last success behind a run of failures. */
    private static final int HISTORY = 200;

    private final Store store;
    private final ShopSettingsStore shop;
    private final PasswordSource passwords;
    private final SheetRenderer renderer;
    private final Clock clock;
    private final ModernAuthProviders modernAuth;

    /** @param modernAuth which providers refuse plain passwords: their sheets say to use the provider's own sign-in */
    public SheetService(Store store, ShopSettingsStore shop, PasswordSource passwords, SheetRenderer renderer, Clock clock,
                        ModernAuthProviders modernAuth) {
        this.modernAuth = modernAuth;
        this.store = store;
        this.shop = shop;
        this.passwords = passwords;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** One sheet for one mailbox. */
    public SheetJob forMailbox(EmailAddress address, SheetOptions options) {
        Repositories repositories = store.repositories();
        Mailbox mailbox = repositories.mailboxes().findByAddress(address)
                .orElseThrow(() -> new IllegalArgumentException("There is no mailbox " + address.unicode() + " in the database"));
        MailDomain domain = repositories.domains().findById(mailbox.domainId()).orElseThrow();
        Customer customer = repositories.customers().findById(domain.customerId()).orElseThrow();
        return job(repositories, customer, List.of(mailbox), false, options);
    }

    /** The customer pack: a cover page and one sheet per mailbox of the customer, sorted by address. */
    public SheetJob forCustomer(String customerName, SheetOptions options) {
        Repositories repositories = store.repositories();
        Customer customer = repositories.customers().findByName(customerName)
                .orElseThrow(() -> new IllegalArgumentException("There is no customer named \"" + customerName.strip() + "\""));
        List<Mailbox> mailboxes = repositories.mailboxes().findByCustomer(customer.id());
        if (mailboxes.isEmpty()) {
            throw new IllegalArgumentException("The customer \"" + customer.name() + "\" has no mailbox yet: nothing to print");
        }
        return job(repositories, customer, mailboxes, true, options);
    }

    /** Renders the job and clears the passwords it carried, whatever happens. */
    public void write(SheetJob job, OutputStream out) {
        try {
            renderer.render(job, out);
        } finally {
            clearPasswords(job.sheets());
        }
    }

    public byte[] toPdf(SheetJob job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(job, out);
        return out.toByteArray();
    }

    private SheetJob job(Repositories repositories, Customer customer, List<Mailbox> mailboxes, boolean cover, SheetOptions options) {
        List<MailboxSheet> sheets = new ArrayList<>();
        try {
            for (Mailbox mailbox : mailboxes) {
                MailDomain domain = repositories.domains().findById(mailbox.domainId()).orElseThrow();
                ServerSettings settings = mailbox.effectiveSettings(domain);
                List<Verification> history = repositories.verifications().findByMailbox(mailbox.id(), HISTORY);
                sheets.add(new MailboxSheet(customer, domain, mailbox, settings, lastSuccess(mailbox, settings, history),
                        options.includePassword() ? Optional.of(password(mailbox)) : Optional.empty(),
                        modernAuth.requiring(domain, settings)));
            }
            return new SheetJob(sheets, cover, options.language().orElse(customer.sheetLanguage()), options.devices(),
                    shop.load(), Instant.now(clock));
        } catch (RuntimeException e) {
            clearPasswords(sheets);
            throw e;
        }
    }

    private char[] password(Mailbox mailbox) {
        return passwords.passwordFor(mailbox).orElseThrow(() -> new IllegalArgumentException(
                "No password is stored for " + mailbox.address().unicode()
                        + " (or the vault stayed locked): print without the password, or store it first"));
    }

    /**
     * The newest check in which the servers now on the sheet accepted the login: same protocol,
     * host, port and security, and for the incoming server the user name now printed. A success
     * with older settings proves nothing about these.
     */
    static Optional<LastSuccess> lastSuccess(Mailbox mailbox, ServerSettings settings, List<Verification> history) {
        String username = settings.usernameFormat().usernameFor(mailbox.address());
        Optional<Instant> incoming = settings.type().incomingProtocol().flatMap(protocol ->
                newestSuccess(history, protocol, settings.incoming(), Optional.of(username)));
        Optional<Instant> outgoing = newestSuccess(history, Protocol.SMTP, settings.outgoing(),
                settings.smtpAuth() ? Optional.of(username) : Optional.empty());
        if (incoming.isEmpty() && outgoing.isEmpty()) {
            return Optional.empty();
        }
        Instant latest = incoming.isEmpty() ? outgoing.get()
                : outgoing.isEmpty() || incoming.get().isAfter(outgoing.get()) ? incoming.get() : outgoing.get();
        return Optional.of(new LastSuccess(latest, incoming.isPresent(), outgoing.isPresent()));
    }

    private static Optional<Instant> newestSuccess(List<Verification> history, Protocol protocol, Optional<Endpoint> endpoint,
                                                   Optional<String> username) {
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        return history.stream()
                .filter(v -> v.outcome().passed() && v.protocol() == protocol && v.endpoint().equals(endpoint.get()))
                .filter(v -> username.isEmpty() || v.username().equalsIgnoreCase(username.get()))
                .map(Verification::checkedAt)
                .max(Instant::compareTo);
    }

    private static void clearPasswords(List<MailboxSheet> sheets) {
        for (MailboxSheet sheet : sheets) {
            sheet.password().ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }
}
