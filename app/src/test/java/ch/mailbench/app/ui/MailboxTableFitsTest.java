package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.swing.JTable;
import javax.swing.JViewport;
import java.awt.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1280×800 in German and French the domain and mailbox tables show every header ("Benutzername",
 * "Postausgang (SMTP)"), status ("fehlerhaft · vor 1 Min.") and password date whole, and every
 * column inside the view: a tooltip is not how a technician should read them.
 */
class MailboxTableFitsTest extends GuiTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "en"})
    void headersStatusesAddressesAndPasswordDatesAreShownWhole(String language) {
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        Repositories repositories = console.workbench.store().repositories();
        Customer garage = repositories.customers().insert(Customer.create("Garage Müller-Schönenberger", SheetLanguage.DE));
        MailDomain domain = repositories.domains().insert(MailDomain.create(garage.id(), DomainName.of("garage-mueller.ch"),
                "Swisscom (Bluewin)", ServerSettings.of(MailboxType.IMAP, Endpoint.of("imaps.bluewin.ch", 993, Security.SSL_TLS),
                        Endpoint.of("smtpauths.bluewin.ch", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS)));
        Mailbox hansPeter = repositories.mailboxes().insert(Mailbox.create(domain.id(),
                EmailAddress.parse("hans-peter.mueller@garage-mueller.ch"), "Hans-Peter"));
        Mailbox werkstatt = repositories.mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse("werkstatt@garage-mueller.ch"), "")
                .withOwnSettings(Optional.of(ServerSettings.of(MailboxType.POP3, Endpoint.of("pop3s.bluewin.ch", 995, Security.SSL_TLS),
                        Endpoint.of("smtpauths.bluewin.ch", 465, Security.SSL_TLS), true, UsernameFormat.LOCAL_PART))));
        repositories.mailboxes().recordLastCheck(werkstatt.id(), new LastCheck(Instant.now().minus(Duration.ofSeconds(70)), Outcome.AUTH_FAILED));
        console.workbench.vault().setUp("a long master password".toCharArray(), Duration.ofMinutes(15));
        console.workbench.vault().storePassword(hansPeter.id(), "Winter2026!".toCharArray());

        FrameFixture window = console.show(Locale.forLanguageTag(language), Theme.LIGHT);
        GuiActionRunner.execute(() -> window.target().setSize(1280, 800));
        console.waitForCustomer("Garage Müller-Schönenberger");
        robot.waitForIdle();

        // Last check, address and password whole; the servers may give way (a cut one shows its whole text in its tooltip).
        assertThat(cut(table(window, "mailboxTable"), 0, 1, 5)).as("cut in the mailbox table").isEmpty();
        assertThat(cut(table(window, "domainTable"), 0)).as("cut in the domain table").isEmpty();
    }

    private JTable table(FrameFixture window, String name) {
        return (JTable) robot.finder().findByName(window.target(), name, JTable.class, false);
    }

    /** Every header, and every cell of the {@code whole} columns, wider than its column; and every column outside the view. */
    private static List<String> cut(JTable table, int... whole) {
        return GuiActionRunner.execute(() -> {
            List<String> cut = new ArrayList<>();
            int visible = ((JViewport) table.getParent()).getWidth();
            for (int column = 0; column < table.getColumnCount(); column++) {
                int width = table.getColumnModel().getColumn(column).getWidth();
                Object title = table.getColumnModel().getColumn(column).getHeaderValue();
                Component header = table.getTableHeader().getDefaultRenderer()
                        .getTableCellRendererComponent(table, title, false, false, -1, column);
                if (header.getPreferredSize().width > width) {
                    cut.add("header " + title + " (" + header.getPreferredSize().width + " px in " + width + ")");
                }
                if (table.getCellRect(0, column, true).getMaxX() > visible) {
                    cut.add("column " + title + " outside the view");
                }
                int current = column;
                for (int row = 0; java.util.Arrays.stream(whole).anyMatch(c -> c == current) && row < table.getRowCount(); row++) {
                    Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                    if (cell.getPreferredSize().width > width) {
                        cut.add(title + ": " + table.getValueAt(row, column) + " (" + cell.getPreferredSize().width + " px in " + width + ")");
                    }
                }
            }
            if (!cut.isEmpty()) {
                StringBuilder widths = new StringBuilder("view " + visible + " px; columns (width/minimum):");
                for (int column = 0; column < table.getColumnCount(); column++) {
                    widths.append(' ').append(table.getColumnModel().getColumn(column).getWidth()).append('/')
                            .append(table.getColumnModel().getColumn(column).getMinWidth());
                }
                cut.add(widths.toString());
            }
            return cut;
        });
    }
}
