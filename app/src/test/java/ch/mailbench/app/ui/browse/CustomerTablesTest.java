package ch.mailbench.app.ui.browse;

import ch.mailbench.app.testing.GarageMeier;
import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The mailbox table's rows as the console reads them from a real database. */
class CustomerTablesTest {

    /** Late evening in Zurich is already the next day in UTC: the table shows the technician's day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneId.of("Europe/Zurich"));

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"en, Password, ✔ 2026-12-01, none", "fr, Mot de passe, ✔ 2026-12-01, aucun", "de, Passwort, ✔ 2026-12-01, keines"})
    void thePasswordColumnSaysSinceWhenAPasswordIsStoredReadWithTheRows(String language, String header, String stored, String none) {
        GarageMeier world = GarageMeier.in(folder, CLOCK);
        Mailbox werkstatt = world.workbench().store().repositories().mailboxes().insert(
                Mailbox.create(world.domain().id(), EmailAddress.parse("werkstatt@garage-meier.ch"), ""));
        world.workbench().vault().storePassword(world.mailbox().id(), "Winter2026!".toCharArray());
        CustomerFile file = world.workbench().directory().open(world.domain().customerId()).orElseThrow();

        ListTableModel<CustomerTables.MailboxRow> model = CustomerTables.mailboxes(new Messages(Locale.forLanguageTag(language)), CLOCK);
        model.show(CustomerTables.mailboxRows(file));

        assertThat(model.getColumnName(CustomerTables.PASSWORD_COLUMN)).isEqualTo(header);
        assertThat(model.getValueAt(model.indexOf(row -> row.mailbox().id() == world.mailbox().id()), CustomerTables.PASSWORD_COLUMN))
                .isEqualTo(stored);
        assertThat(model.getValueAt(model.indexOf(row -> row.mailbox().id() == werkstatt.id()), CustomerTables.PASSWORD_COLUMN))
                .isEqualTo(none);
    }

    /** One model of an Exchange mailbox in the table as in the form, tester and sheet: its server name, no port, no SMTP. */
    @Test
    void anExchangeMailboxShowsItsServerWithoutPortAndNoSmtpServer() {
        GarageMeier world = GarageMeier.in(folder, CLOCK);
        // As an older import stored it: an IMAP port on the Exchange server and Microsoft's SMTP server.
        Mailbox chef = world.workbench().store().repositories().mailboxes().insert(
                Mailbox.create(world.domain().id(), EmailAddress.parse("chef@garage-meier.ch"), "").withOwnSettings(Optional.of(
                        ServerSettings.of(MailboxType.EXCHANGE, Endpoint.of("outlook.office365.com", 993, Security.SSL_TLS),
                                Endpoint.of("smtp.office365.com", 587, Security.STARTTLS), true, UsernameFormat.FULL_ADDRESS))));
        CustomerFile file = world.workbench().directory().open(world.domain().customerId()).orElseThrow();

        ListTableModel<CustomerTables.MailboxRow> model = CustomerTables.mailboxes(new Messages(Locale.GERMAN), CLOCK);
        model.show(CustomerTables.mailboxRows(file));
        int row = model.indexOf(r -> r.mailbox().id() == chef.id());

        assertThat(model.getValueAt(row, 2)).isEqualTo("Exchange (MAPI) outlook.office365.com");
        assertThat(model.getValueAt(row, 3)).isEqualTo("keiner: Versand über Exchange");
    }
}
