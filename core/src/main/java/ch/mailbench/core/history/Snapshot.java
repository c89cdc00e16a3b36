package ch.mailbench.core.history;

import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.history.UndoRefusal.Kind;
import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.model.Verification;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.vault.EncryptedSecret;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The rows a delete takes along — the customer, its domains, their mailboxes with their last
 * check, and the mailboxes' passwords as the vault sealed them (ciphertext only: a password is
 * sealed for its mailbox's id, which is why Undo brings rows back under their old ids) — as one
 * {@link ValuesText}, and the way back.
 */
public final class Snapshot {

    private final Map<String, String> values;

    private Snapshot(Map<String, String> values) {
        this.values = values;
    }

    public static Snapshot parse(String text) {
        return new Snapshot(ValuesText.parse(text));
    }

    public String text() {
        return ValuesText.format(values);
    }

    public static Snapshot ofCustomer(Repositories r, Customer customer) {
        Map<String, String> values = new TreeMap<>();
        values.put("customer.id", Long.toString(customer.id()));
        RowValues.of(customer).forEach((field, value) -> values.put("customer." + field, value));
        for (MailDomain domain : r.domains().findByCustomer(customer.id())) {
            putDomain(r, values, domain);
        }
        return new Snapshot(values);
    }

    public static Snapshot ofDomain(Repositories r, MailDomain domain) {
        Map<String, String> values = new TreeMap<>();
        putDomain(r, values, domain);
        return new Snapshot(values);
    }

    public static Snapshot ofMailbox(Repositories r, Mailbox mailbox) {
        Map<String, String> values = new TreeMap<>();
        putMailbox(r, values, mailbox);
        return new Snapshot(values);
    }

    private static void putDomain(Repositories r, Map<String, String> values, MailDomain domain) {
        String prefix = "domain." + domain.id() + ".";
        values.put(prefix + "customer", Long.toString(domain.customerId()));
        RowValues.of(domain).forEach((field, value) -> values.put(prefix + field, value));
        r.domains().learnedFormat(domain.id()).ifPresent(format -> values.put(prefix + "learned", format.storageForm()));
        for (Mailbox mailbox : r.mailboxes().findByDomain(domain.id())) {
            putMailbox(r, values, mailbox);
        }
    }

    private static void putMailbox(Repositories r, Map<String, String> values, Mailbox mailbox) {
        String prefix = "mailbox." + mailbox.id() + ".";
        values.put(prefix + "domain_id", Long.toString(mailbox.domainId()));
        RowValues.of(mailbox).forEach((field, value) -> values.put(prefix + field, value));
        mailbox.lastCheck().ifPresent(check -> values.put(prefix + "check",
                check.at() + "|" + check.outcome().name() + "|" + check.settings()));
        // Every check record, not only the last: they go with the mailbox (ON DELETE CASCADE) and must come back with it.
        List<Verification> checks = r.verifications().findByMailbox(mailbox.id(), Integer.MAX_VALUE);
        for (int i = 0; i < checks.size(); i++) {
            putVerification(values, "verification." + mailbox.id() + "." + i + ".", checks.get(i));
        }
        r.secrets().find(mailbox.id()).ifPresent(secret -> values.put("secret." + mailbox.id(),
                secretText(secret, r.secrets().setAt(mailbox.id()))));
    }

    /**
     * A replaced or removed password as stored: the vault's ciphertext, never the password, and when
     * it was stored (after a second ':'; entries written before version 8 have no date).
     */
    public static String secretText(EncryptedSecret secret, Optional<Instant> setAt) {
        Base64.Encoder base64 = Base64.getEncoder();
        return base64.encodeToString(secret.nonce()) + ":" + base64.encodeToString(secret.ciphertext())
                + setAt.map(instant -> ":" + instant).orElse("");
    }

    public static EncryptedSecret secret(String text) {
        String[] parts = text.split(":", 3);
        return new EncryptedSecret(Base64.getDecoder().decode(parts[0]), Base64.getDecoder().decode(parts[1]));
    }

    /** When the password in {@link #secretText} was stored, when known. */
    public static Optional<Instant> secretSetAt(String text) {
        String[] parts = text.split(":", 3);
        return parts.length == 3 ? Optional.of(Instant.parse(parts[2])) : Optional.empty();
    }

    /** Why the rows cannot come back as they were, or empty when they can. */
    public List<UndoRefusal> conflicts(Repositories r) {
        List<UndoRefusal> conflicts = new ArrayList<>();
        customerId().ifPresent(id -> {
            Customer customer = customer();
            if (r.customers().findById(id).isPresent()) {
                conflicts.add(UndoRefusal.of(Kind.ID_TAKEN, Target.CUSTOMER, String.valueOf(id)));
            }
            r.customers().findByName(customer.name()).ifPresent(other -> conflicts.add(UndoRefusal.of(Kind.NAME_TAKEN, Target.CUSTOMER,
                    other.name())));
        });
        for (long id : ids("domain.")) {
            MailDomain domain = domain(id);
            r.domains().findByName(domain.name()).ifPresent(other -> conflicts.add(UndoRefusal.of(Kind.NAME_TAKEN, Target.DOMAIN,
                    other.name().unicode())));
            if (r.domains().findById(id).isPresent() && r.domains().findByName(domain.name()).isEmpty()) {
                conflicts.add(UndoRefusal.of(Kind.ID_TAKEN, Target.DOMAIN, String.valueOf(id)));
            }
        }
        for (long id : ids("mailbox.")) {
            Mailbox mailbox = mailbox(id);
            r.mailboxes().findByAddress(mailbox.address()).ifPresent(other -> conflicts.add(UndoRefusal.of(Kind.NAME_TAKEN, Target.MAILBOX,
                    other.address().unicode())));
            if (r.mailboxes().findById(id).isPresent() && r.mailboxes().findByAddress(mailbox.address()).isEmpty()) {
                conflicts.add(UndoRefusal.of(Kind.ID_TAKEN, Target.MAILBOX, String.valueOf(id)));
            }
        }
        return conflicts;
    }

    /** Inserts the rows again under their old ids, with their last checks and passwords. */
    public void restore(Repositories r) {
        customerId().ifPresent(id -> {
            Customer inserted = r.customers().insert(customer());
            r.history().restoreRow(HistoryEntry.Target.CUSTOMER, inserted.id(), id, 1);
        });
        for (long id : ids("domain.")) {
            MailDomain inserted = r.domains().insert(domain(id));
            r.history().restoreRow(HistoryEntry.Target.DOMAIN, inserted.id(), id, 1);
            Optional.ofNullable(values.get("domain." + id + ".learned"))
                    .ifPresent(format -> r.domains().recordLearnedFormat(id, UsernameFormat.fromStorageForm(format)));
        }
        for (long id : ids("mailbox.")) {
            Mailbox inserted = r.mailboxes().insert(mailbox(id));
            r.history().restoreRow(HistoryEntry.Target.MAILBOX, inserted.id(), id, 1);
            Optional.ofNullable(values.get("mailbox." + id + ".check")).ifPresent(check -> r.mailboxes().recordLastCheck(id,
                    lastCheck(check)));
            Optional.ofNullable(values.get("secret." + id)).ifPresent(secret -> r.secrets().put(id, secret(secret),
                    secretSetAt(secret)));
            restoreVerifications(r, id);
        }
    }

    private static void putVerification(Map<String, String> values, String prefix, Verification check) {
        values.put(prefix + "at", check.checkedAt().toString());
        values.put(prefix + "protocol", check.protocol().name());
        values.put(prefix + "host", check.endpoint().host().ascii());
        values.put(prefix + "port", Integer.toString(check.endpoint().port().number()));
        values.put(prefix + "security", check.endpoint().security().name());
        values.put(prefix + "username", check.username());
        values.put(prefix + "format", check.usernameFormat().storageForm());
        values.put(prefix + "outcome", check.outcome().name());
        values.put(prefix + "latency", Long.toString(check.latencyMillis()));
        values.put(prefix + "greeting", check.greeting());
        values.put(prefix + "message", check.message());
        check.certificate().ifPresent(certificate -> {
            values.put(prefix + "cert.subject", certificate.subject());
            values.put(prefix + "cert.issuer", certificate.issuer());
            values.put(prefix + "cert.from", certificate.notBefore().toString());
            values.put(prefix + "cert.until", certificate.notAfter().toString());
            values.put(prefix + "cert.sha256", certificate.sha256Fingerprint());
        });
    }

    /** The mailbox's check records, oldest first so they keep their order. */
    private void restoreVerifications(Repositories r, long mailboxId) {
        List<Verification> checks = new ArrayList<>();
        for (long n : ids("verification." + mailboxId + ".")) {
            Map<String, String> f = fields("verification." + mailboxId + "." + n + ".");
            Optional<CertificateInfo> certificate = Optional.ofNullable(f.get("cert.sha256")).map(sha -> new CertificateInfo(
                    f.get("cert.subject"), f.get("cert.issuer"), Instant.parse(f.get("cert.from")), Instant.parse(f.get("cert.until")), sha));
            checks.add(new Verification(0, mailboxId, Instant.parse(f.get("at")), Protocol.valueOf(f.get("protocol")),
                    Endpoint.of(f.get("host"), Integer.parseInt(f.get("port")), Security.valueOf(f.get("security"))),
                    f.get("username"), UsernameFormat.fromStorageForm(f.get("format")), Outcome.valueOf(f.get("outcome")),
                    Long.parseLong(f.get("latency")), certificate, f.getOrDefault("greeting", ""), f.getOrDefault("message", "")));
        }
        checks.sort(java.util.Comparator.comparing(Verification::checkedAt));
        checks.forEach(check -> r.verifications().add(check));
    }

    private Optional<Long> customerId() {
        return Optional.ofNullable(values.get("customer.id")).map(Long::parseLong);
    }

    private Customer customer() {
        return RowValues.customer(0, 0, fields("customer."));
    }

    private MailDomain domain(long id) {
        Map<String, String> fields = fields("domain." + id + ".");
        return RowValues.domain(0, 0, Long.parseLong(fields.get("customer")), fields);
    }

    private Mailbox mailbox(long id) {
        Map<String, String> fields = fields("mailbox." + id + ".");
        return RowValues.mailbox(0, 0, Long.parseLong(fields.get("domain_id")), Optional.empty(), fields);
    }

    private static LastCheck lastCheck(String text) {
        String[] parts = text.split("\\|", 3);
        return new LastCheck(Instant.parse(parts[0]), Outcome.valueOf(parts[1]), parts[2]);
    }

    private Map<String, String> fields(String prefix) {
        Map<String, String> fields = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                fields.put(key.substring(prefix.length()), value);
            }
        });
        return fields;
    }

    /** The ids under {@code prefix} ("domain.", "mailbox."), ascending, so parents come before children. */
    private TreeSet<Long> ids(String prefix) {
        TreeSet<Long> ids = new TreeSet<>();
        Predicate<String> under = key -> key.startsWith(prefix);
        values.keySet().stream().filter(under)
                .forEach(key -> ids.add(Long.parseLong(key.substring(prefix.length(), key.indexOf('.', prefix.length())))));
        return ids;
    }
}
