package ch.mailbench.core.csv;

import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultLockedException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Writes a checked {@link ImportFile} into the store, in one transaction. Customers are matched
 * by name, domains by name and mailboxes by address, so importing the same file twice changes
 * nothing the second time; changed fields of existing mailboxes are updated and reported.
 * All or nothing by default: any problem (in the file, or a conflict with what is stored) rolls
 * everything back. Call off the EDT.
 */
public final class CsvImporter {

    private final Store store;
    private final Vault vault;
    private final SheetLanguage languageForNewCustomers;

    public CsvImporter(Store store, Vault vault, SheetLanguage languageForNewCustomers) {
        this.store = Objects.requireNonNull(store, "store");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.languageForNewCustomers = Objects.requireNonNull(languageForNewCustomers, "languageForNewCustomers");
    }

    /**
     * @param skipInvalid import the valid rows and report the others, instead of writing nothing
     * @throws VaultLockedException      when the file holds passwords and the vault is locked
     * @throws CancellationException     when the monitor was cancelled; nothing was written
     */
    public ImportReport importRows(ImportFile file, boolean skipInvalid, ProgressMonitor monitor) {
        if (file.hasPasswords() && !vault.isUnlocked()) {
            throw new VaultLockedException();
        }
        monitor.begin("Importing " + file.rows().size() + " mailbox(es)", file.rows().size());
        try {
            return store.inTransaction(repositories -> {
                Run run = new Run(repositories, file);
                for (ImportRow row : file.rows()) {
                    if (monitor.isCancelled()) {
                        throw new CancellationException("Import cancelled; nothing was written");
                    }
                    monitor.subTask(row.email().toString());
                    run.apply(row);
                    monitor.worked(1);
                }
                ImportReport report = run.report(skipInvalid || run.problems.isEmpty());
                if (!report.written()) {
                    throw new RolledBack(report);
                }
                // One entry names the import; the rows it wrote have their own in the same operation, undone together.
                repositories.history().add(HistoryEntry.of(HistoryEntry.Action.IMPORTED, HistoryEntry.Target.IMPORT, 0,
                        Optional.empty(), file.rows().size() + " line(s)", Map.of(), Map.of(
                                "customers_created", Integer.toString(report.customersCreated()),
                                "domains_created", Integer.toString(report.domainsCreated()),
                                "mailboxes_created", Integer.toString(report.mailboxesCreated())), "", 0));
                return report;
            });
        } catch (RolledBack e) {
            return e.report;
        } finally {
            monitor.done();
        }
    }

    /** Carries the report out of the transaction, which rolls back because it is thrown. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        RolledBack(ImportReport report) {
            super("import rolled back", null, false, false);
            this.report = report;
        }
    }

    /** One import inside its transaction. */
    private final class Run {

        private final Repositories repositories;
        private final ImportFile file;
        private final List<CsvProblem> problems;
        private final List<ImportReport.MailboxChange> updated = new ArrayList<>();
        private int customersCreated;
        private int domainsCreated;
        private int mailboxesCreated;
        private int unchanged;
        private int passwordsStored;
        /** The first row naming a sheet language, per customer (lower case). */
        private final Map<String, ImportRow> languageRows = new HashMap<>();

        Run(Repositories repositories, ImportFile file) {
            this.repositories = repositories;
            this.file = file;
            this.problems = new ArrayList<>(file.problems());
        }

        ImportReport report(boolean written) {
            problems.sort(null);
            return new ImportReport(written, customersCreated, domainsCreated, mailboxesCreated, updated, unchanged,
                    passwordsStored, problems, file.warnings());
        }

        /** Checks the row against the store first, so a conflicting row writes nothing at all. */
        void apply(ImportRow row) {
            Optional<Customer> customer = repositories.customers().findByName(row.customer());
            Optional<MailDomain> domain = repositories.domains().findByName(row.domain());
            Optional<Mailbox> mailbox = repositories.mailboxes().findByAddress(row.email());
            if (domain.isPresent() && customer.map(c -> c.id() != domain.get().customerId()).orElse(true)) {
                String owner = repositories.customers().findById(domain.get().customerId()).map(Customer::name).orElse("?");
                problems.add(new CsvProblem(row.line(), CsvColumn.DOMAIN.header(),
                        row.domain() + " belongs to the customer \"" + owner + "\", not \"" + row.customer() + "\""));
                return;
            }
            if (mailbox.isPresent() && domain.map(d -> d.id() != mailbox.get().domainId()).orElse(true)) {
                String where = repositories.domains().findById(mailbox.get().domainId()).map(d -> d.name().toString()).orElse("?");
                problems.add(new CsvProblem(row.line(), CsvColumn.EMAIL.header(),
                        row.email() + " is already recorded under the domain " + where + ", not " + row.domain()));
                return;
            }
            if (row.sheetLanguage().isPresent() && !sameLanguageAsEarlierRows(row)) {
                return;
            }
            List<String> customerChanges = new ArrayList<>();
            Customer owner = customer.map(existing -> row.sheetLanguage().filter(language -> language != existing.sheetLanguage())
                    .map(language -> {
                        customerChanges.add(change(CsvColumn.SHEET_LANGUAGE.header(), existing.sheetLanguage().code(), language.code()));
                        return repositories.customers().update(existing.withSheetLanguage(language));
                    }).orElse(existing)).orElseGet(() -> {
                customersCreated++;
                return repositories.customers().insert(Customer.create(row.customer(),
                        row.sheetLanguage().orElse(languageForNewCustomers)));
            });
            MailDomain mailDomain = domain.orElseGet(() -> {
                domainsCreated++;
                return repositories.domains().insert(MailDomain.create(owner.id(), row.domain(), "",
                        row.settings().orElse(ServerSettings.unknown())));
            });
            if (mailbox.isEmpty()) {
                create(row, mailDomain);
            } else {
                update(row, mailDomain, mailbox.get(), customerChanges);
            }
        }

        private void create(ImportRow row, MailDomain domain) {
            Mailbox mailbox = Mailbox.create(domain.id(), row.email(), row.displayName().orElse(""))
                    .withNotes(row.notes().orElse(""))
                    .withOwnSettings(row.settings().map(settings -> withSmtpAuth(settings, domain.defaults().smtpAuth()))
                            .filter(settings -> !settings.equals(domain.defaults())));
            Mailbox stored = repositories.mailboxes().insert(mailbox);
            mailboxesCreated++;
            row.password().ifPresent(password -> storePassword(stored.id(), password));
        }

        /**
         * One customer, one sheet language: two rows of the same customer that name different
         * languages would make the result depend on the line order, so the later one is refused.
         */
        private boolean sameLanguageAsEarlierRows(ImportRow row) {
            String key = row.customer().toLowerCase(java.util.Locale.ROOT);
            ImportRow first = languageRows.putIfAbsent(key, row);
            if (first == null || first.sheetLanguage().equals(row.sheetLanguage())) {
                return true;
            }
            problems.add(new CsvProblem(row.line(), CsvColumn.SHEET_LANGUAGE.header(), "line " + first.line() + " gives the customer \""
                    + row.customer() + "\" the sheet language " + first.sheetLanguage().orElseThrow().code() + ", this line "
                    + row.sheetLanguage().orElseThrow().code() + "; one customer has one sheet language"));
            return false;
        }

        private void update(ImportRow row, MailDomain domain, Mailbox existing, List<String> customerChanges) {
            List<String> changes = new ArrayList<>(customerChanges);
            Mailbox changed = existing;
            if (row.displayName().isPresent() && !row.displayName().get().equals(existing.displayName())) {
                changes.add(change("display_name", existing.displayName(), row.displayName().get()));
                changed = changed.withDisplayName(row.displayName().get());
            }
            if (row.notes().isPresent() && !row.notes().get().equals(existing.notes())) {
                changes.add(change("notes", existing.notes(), row.notes().get()));
                changed = changed.withNotes(row.notes().get());
            }
            if (row.settings().isPresent()) {
                ServerSettings before = existing.effectiveSettings(domain);
                ServerSettings after = withSmtpAuth(row.settings().get(), before.smtpAuth());
                if (!after.equals(before)) {
                    changes.addAll(settingChanges(before, after));
                    changed = changed.withOwnSettings(after.equals(domain.defaults()) ? Optional.empty() : Optional.of(after));
                }
            }
            if (changed != existing) {
                repositories.mailboxes().update(changed);
            }
            if (row.password().isPresent() && !samePassword(existing.id(), row.password().get())) {
                storePassword(existing.id(), row.password().get());
                changes.add("password changed");
            }
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updated.add(new ImportReport.MailboxChange(row.line(), existing.address().toString(), changes));
            }
        }

        private boolean samePassword(long mailboxId, String password) {
            Optional<char[]> stored = vault.password(repositories, mailboxId);
            char[] given = password.toCharArray();
            try {
                return stored.map(chars -> Arrays.equals(chars, given)).orElse(false);
            } finally {
                stored.ifPresent(chars -> Arrays.fill(chars, '\0'));
                Arrays.fill(given, '\0');
            }
        }

        private void storePassword(long mailboxId, String password) {
            char[] chars = password.toCharArray();
            try {
                vault.storePassword(repositories, mailboxId, chars);
                passwordsStored++;
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
    }

    private static List<String> settingChanges(ServerSettings before, ServerSettings after) {
        List<String> changes = new ArrayList<>();
        if (before.type() != after.type()) {
            changes.add(change("type", before.type().name(), after.type().name()));
        }
        if (!before.incoming().equals(after.incoming())) {
            changes.add(change("incoming", endpoint(before.incoming()), endpoint(after.incoming())));
        }
        if (!before.outgoing().equals(after.outgoing())) {
            changes.add(change("smtp", endpoint(before.outgoing()), endpoint(after.outgoing())));
        }
        if (!before.usernameFormat().equals(after.usernameFormat())) {
            changes.add(change("username_format", before.usernameFormat().storageForm(), after.usernameFormat().storageForm()));
        }
        return changes;
    }

    /** The file has no column for SMTP authentication: what is stored stays. */
    private static ServerSettings withSmtpAuth(ServerSettings settings, boolean smtpAuth) {
        return new ServerSettings(settings.type(), settings.incoming(), settings.outgoing(), smtpAuth, settings.usernameFormat());
    }

    private static String endpoint(Optional<Endpoint> endpoint) {
        return endpoint.map(Endpoint::toString).orElse("none");
    }

    private static String change(String field, String before, String after) {
        return field + ": \"" + before + "\" \u2192 \"" + after + "\"";
    }
}
