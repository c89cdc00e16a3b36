package ch.mailbench.app.ui.browse;

import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The columns and rows of the open customer's two tables: its domains and its mailboxes. */
final class CustomerTables {

    /** A domain with the number of its mailboxes. */
    record DomainRow(MailDomain domain, long mailboxes) {
    }

    /** A mailbox with the settings that apply to it (its own, else its domain's). */
    record MailboxRow(Mailbox mailbox, ServerSettings settings, CustomerFile file) {

        private ServerSettings domains() {
            return file.domain(mailbox.domainId()).orElseThrow().defaults();
        }

        boolean sameIncoming() {
            return settings.type() == domains().type() && settings.incoming().equals(domains().incoming());
        }

        /** The SMTP server does not depend on IMAP or POP3; only Exchange, which has none, makes a difference. */
        boolean sameOutgoing() {
            boolean exchange = settings.type() == MailboxType.EXCHANGE || domains().type() == MailboxType.EXCHANGE;
            return (!exchange || settings.type() == domains().type()) && settings.outgoing().equals(domains().outgoing())
                    && settings.smtpAuth() == domains().smtpAuth();
        }

        boolean sameUsername() {
            return settings.usernameFormat().equals(domains().usernameFormat());
        }

        /** "✔ 2026-11-30" (the day it was stored, in the console's time zone), "✔" when the day was not recorded, or "none". */
        String password(Messages messages, ZoneId zone) {
            if (!file.hasPassword(mailbox)) {
                return messages.get("mailboxes.password.none");
            }
            return file.passwordSetAt(mailbox).map(at -> messages.format("mailboxes.password.storedOn", LocalDate.ofInstant(at, zone).toString()))
                    .orElseGet(() -> messages.get("mailboxes.password.stored"));
        }
    }

    /** The mailbox table's last check, address and password columns, the domain table's name column. */
    static final int CHECK_COLUMN = 0;
    static final int ADDRESS_COLUMN = 1;
    static final int DOMAIN_COLUMN = 0;
    static final int PASSWORD_COLUMN = 5;

    private CustomerTables() {
    }

    /** Name in Unicode, provider, default servers, user name, mailbox count. */
    static ListTableModel<DomainRow> domains(Messages messages) {
        SettingsText text = new SettingsText(messages);
        return new ListTableModel<>(List.of(
                Column.text(messages.get("domains.column.domain"), row -> row.domain().name().unicode()),
                Column.text(messages.get("domains.column.provider"), row -> row.domain().provider()),
                Column.text(messages.get("domains.column.incoming"),
                        row -> text.type(row.domain().defaults()) + " " + text.incoming(row.domain().defaults())),
                Column.text(messages.get("domains.column.outgoing"), row -> text.outgoing(row.domain().defaults())),
                Column.text(messages.get("domains.column.username"), row -> text.username(row.domain().defaults().usernameFormat())),
                new Column<>(messages.get("domains.column.mailboxes"), Long.class, DomainRow::mailboxes)));
    }

    /**
     * Last check (its status as of now, whenever the row is painted), address, and the type with the
     * servers and the user name only where they differ from the domain's ("as domain" otherwise): the domain
     * table above already shows those, and what stands out is what a mailbox does differently; last,
     * whether a password is stored and since when.
     */
    static ListTableModel<MailboxRow> mailboxes(Messages messages, Clock clock) {
        SettingsText text = new SettingsText(messages);
        String asDomain = messages.get("mailboxes.asDomain");
        return new ListTableModel<>(List.of(
                new Column<>(messages.get("mailboxes.column.checked"), LastCheckCell.class,
                        row -> new LastCheckCell(row.file().status(row.mailbox(), clock.instant()), row.mailbox().lastCheck())),
                Column.text(messages.get("mailboxes.column.address"), row -> row.mailbox().address().unicode()),
                Column.text(messages.get("mailboxes.column.incoming"),
                        row -> row.sameIncoming() ? asDomain : text.type(row.settings()) + " " + text.incoming(row.settings())),
                Column.text(messages.get("mailboxes.column.outgoing"), row -> row.sameOutgoing() ? asDomain : text.outgoing(row.settings())),
                Column.text(messages.get("mailboxes.column.username"),
                        row -> row.sameUsername() ? asDomain : text.username(row.settings().usernameFormat())),
                Column.text(messages.get("mailboxes.column.password"), row -> row.password(messages, clock.getZone()))));
    }

    static List<DomainRow> domainRows(CustomerFile file) {
        return file.domains().stream().map(domain -> new DomainRow(domain, file.mailboxCount(domain))).toList();
    }

    static List<MailboxRow> mailboxRows(CustomerFile file) {
        return file.mailboxes().stream()
                .map(mailbox -> new MailboxRow(mailbox, mailbox.effectiveSettings(file.domain(mailbox.domainId()).orElseThrow()), file))
                .toList();
    }
}
