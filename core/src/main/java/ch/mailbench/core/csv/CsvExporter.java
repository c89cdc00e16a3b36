package ch.mailbench.core.csv;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultLockedException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes every mailbox, one per line with its customer, domain and effective settings, in the
 * format {@link CsvReader} reads: UTF-8 with a BOM (so Excel recognises it), header first.
 * Passwords only when asked, and only from an unlocked vault. Call off the EDT.
 */
public final class CsvExporter {

    private final Store store;
    private final Vault vault;

    public CsvExporter(Store store, Vault vault) {
        this.store = Objects.requireNonNull(store, "store");
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    /**
     * @param delimiter        ',' or ';' (Excel in French or German locales expects ';')
     * @param includePasswords writes the stored passwords in plain text; requires an unlocked vault
     * @return the number of mailboxes written
     * @throws VaultLockedException when passwords are asked for and the vault is locked
     */
    public int export(OutputStream target, char delimiter, boolean includePasswords, ProgressMonitor monitor) throws IOException {
        if (delimiter != ',' && delimiter != ';') {
            throw new IllegalArgumentException("The separator must be a comma or a semicolon");
        }
        if (includePasswords && !vault.isUnlocked()) {
            throw new VaultLockedException();
        }
        // One transaction: a consistent snapshot even while another window writes.
        List<List<String>> lines = store.inTransaction(repositories -> lines(repositories, includePasswords, monitor));
        Writer writer = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
        // Flushed, not closed: the caller owns the stream.
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toList());
        for (List<String> line : lines) {
            printer.printRecord(line.stream().map(CsvFormulas::neutralize).toList());
        }
        printer.flush();
        return lines.size();
    }

    private List<List<String>> lines(Repositories repositories, boolean includePasswords, ProgressMonitor monitor) {
        Map<Long, Customer> customers = repositories.customers().findAll().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        Map<Long, MailDomain> domains = repositories.domains().findAll().stream()
                .collect(Collectors.toMap(MailDomain::id, Function.identity()));
        List<Mailbox> mailboxes = new ArrayList<>(repositories.mailboxes().findAll());
        mailboxes.sort((a, b) -> {
            int byCustomer = customers.get(domains.get(a.domainId()).customerId()).name()
                    .compareToIgnoreCase(customers.get(domains.get(b.domainId()).customerId()).name());
            return byCustomer != 0 ? byCustomer : a.address().compareTo(b.address());
        });
        monitor.begin("Exporting " + mailboxes.size() + " mailbox(es)", mailboxes.size());
        List<List<String>> lines = new ArrayList<>();
        try {
            for (Mailbox mailbox : mailboxes) {
                if (monitor.isCancelled()) {
                    throw new CancellationException("Export cancelled");
                }
                MailDomain domain = domains.get(mailbox.domainId());
                lines.add(line(customers.get(domain.customerId()), domain, mailbox,
                        includePasswords ? password(repositories, mailbox) : ""));
                monitor.worked(1);
            }
        } finally {
            monitor.done();
        }
        return lines;
    }

    private String password(Repositories repositories, Mailbox mailbox) {
        Optional<char[]> password = vault.password(repositories, mailbox.id());
        // The CSV printer takes Strings; the plain text lives on in this one until collected.
        String text = password.map(String::new).orElse("");
        password.ifPresent(chars -> Arrays.fill(chars, '\0'));
        return text;
    }

    private static List<String> line(Customer customer, MailDomain domain, Mailbox mailbox, String password) {
        ServerSettings settings = mailbox.effectiveSettings(domain);
        List<String> cells = new ArrayList<>();
        for (CsvColumn column : CsvColumn.values()) {
            cells.add(switch (column) {
                case CUSTOMER -> customer.name();
                case DOMAIN -> domain.name().unicode();
                case EMAIL -> mailbox.address().unicode();
                case DISPLAY_NAME -> mailbox.displayName();
                case TYPE -> settings.type().name();
                case PASSWORD -> password;
                case INCOMING_HOST -> settings.incoming().map(e -> e.host().unicode()).orElse("");
                case INCOMING_PORT -> settings.incoming().map(e -> e.port().toString()).orElse("");
                case INCOMING_SECURITY -> settings.incoming().map(e -> e.security().name()).orElse("");
                case SMTP_HOST -> settings.outgoing().map(e -> e.host().unicode()).orElse("");
                case SMTP_PORT -> settings.outgoing().map(e -> e.port().toString()).orElse("");
                case SMTP_SECURITY -> settings.outgoing().map(Endpoint::security).map(Enum::name).orElse("");
                case USERNAME_FORMAT -> settings.usernameFormat().storageForm();
                case NOTES -> mailbox.notes();
                case SHEET_LANGUAGE -> customer.sheetLanguage().code();
            });
        }
        return cells;
    }
}
