package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.discovery.loopback.LoopbackDns;
import ch.mailbench.core.history.HistoryEntry;
import ch.mailbench.core.history.HistoryQuery;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Find settings…" on a stored domain's row and in the new-domain and new-mailbox dialogs: the finder (asking a
 * loopback DNS server with SRV or MX records, as the technician's DNS setting says), "Use these
 * settings", a confirmation, and the domain's servers — and the catalog provider's name when the MX
 * names one — stored, recorded in the history, undone together. Discovery's timeout is 2 s here
 * (the console preference): every other source is silent or refused, so a run lasts about that.
 */
class DomainFindSettingsTest extends GuiTest {

    @TempDir
    Path folder;

    private final LoopbackDns dns = new LoopbackDns();

    DomainFindSettingsTest() throws Exception {
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    @Test
    void foundSettingsAreStoredOnTheDomainAfterConfirmation() {
        ConsoleUnderTest console = consoleAskingTheLoopbackDns();
        Customer rossi = kanzleiRossiWithSrvRecords(console);
        FrameFixture window = showOpen(console, "Kanzlei Rossi");

        assertThat(findOnTheDomainRowAndStore(window)).contains("kanzlei-rossi.ch", "mail.kanzlei-rossi.ch:993");

        waitUntil("the domain has the servers found", () -> console.workbench.store().repositories().domains()
                .findByName(DomainName.of("kanzlei-rossi.ch")).orElseThrow().defaults().incoming()
                .equals(Optional.of(Endpoint.of("mail.kanzlei-rossi.ch", 993, Security.SSL_TLS))));
        List<HistoryEntry> history = console.workbench.history().log(HistoryQuery.ofCustomer(rossi.id(), 10));
        assertThat(history.get(0).target()).isEqualTo(HistoryEntry.Target.DOMAIN);
        assertThat(history.get(0).action()).isEqualTo(HistoryEntry.Action.CHANGED);
    }

    @Test
    void aProviderFromTheCatalogIsStoredWithTheServersAndUndoneWithThem() {
        dns.mx("weinbau-keller.ch", 10, "weinbau-keller-ch.mail.hostpoint.ch");
        ConsoleUnderTest console = consoleAskingTheLoopbackDns();
        Customer keller = console.workbench.directory().save(Customer.create("Weinbau Keller", SheetLanguage.DE));
        MailDomain before = console.workbench.directory().save(MailDomain.create(keller.id(), DomainName.of("weinbau-keller.ch"), "",
                ServerSettings.unknown()));
        FrameFixture window = showOpen(console, "Weinbau Keller");

        assertThat(findOnTheDomainRowAndStore(window)).contains("imap.mail.hostpoint.ch:993", "Provider: Hostpoint");

        waitUntil("the domain has Hostpoint's servers and name", () -> stored(console).provider().equals("Hostpoint"));
        assertThat(stored(console).defaults().incoming()).contains(Endpoint.of("imap.mail.hostpoint.ch", 993, Security.SSL_TLS));
        console.workbench.history().undoLast();
        assertThat(stored(console).provider()).as("one change: undone together").isEmpty();
        assertThat(stored(console).defaults()).isEqualTo(before.defaults());
    }

    @Test
    void theNewDomainDialogTakesTheServersAndTheProviderFound() {
        dns.mx("weinbau-keller.ch", 10, "weinbau-keller-ch.mail.hostpoint.ch");
        ConsoleUnderTest console = consoleAskingTheLoopbackDns();
        console.workbench.directory().save(Customer.create("Weinbau Keller", SheetLanguage.DE));
        FrameFixture window = showOpen(console, "Weinbau Keller");

        press(window.button("addDomain"));
        DialogFixture domain = dialog("domainDialog");
        fill(domain.textBox("name"), "weinbau-keller.ch");
        press(domain.button("findSettings"));
        DialogFixture finder = dialog("findSettingsDialog");
        waitUntil("the finder matched the MX to Hostpoint", () -> onEdt(() -> finder.button("useSettings").target().isEnabled()));
        press(finder.button("useSettings"));

        eventually(() -> domain.textBox("provider").requireText("Hostpoint"));
        domain.textBox("incomingHost").requireText("imap.mail.hostpoint.ch");
        press(domain.button("ok"));
        waitUntil("the new domain is stored with Hostpoint's name and servers", () -> console.workbench.store().repositories().domains()
                .findByName(DomainName.of("weinbau-keller.ch")).filter(d -> d.provider().equals("Hostpoint")
                        && d.defaults().incoming().equals(Optional.of(Endpoint.of("imap.mail.hostpoint.ch", 993, Security.SSL_TLS))))
                .isPresent());
    }

    @Test
    void theNewMailboxDialogTakesTheServersFoundAsTheMailboxsOwn() {
        ConsoleUnderTest console = consoleAskingTheLoopbackDns();
        kanzleiRossiWithSrvRecords(console);
        FrameFixture window = showOpen(console, "Kanzlei Rossi");

        press(window.button("addMailbox"));
        DialogFixture mailbox = dialog("mailboxDialog");
        fill(mailbox.textBox("localPart"), "sekretariat");
        press(mailbox.button("findSettings"));
        DialogFixture finder = dialog("findSettingsDialog");
        assertThat(finder.textBox("findAddress").text()).isEqualTo("sekretariat@kanzlei-rossi.ch");
        waitUntil("the finder found the SRV servers", () -> onEdt(() -> finder.button("useSettings").target().isEnabled()));
        press(finder.button("useSettings"));

        eventually(() -> mailbox.textBox("incomingHost").requireEnabled().requireText("mail.kanzlei-rossi.ch"));
        press(mailbox.button("ok"));
        waitUntil("the mailbox has the servers found as its own", () -> console.workbench.store().repositories().mailboxes()
                .findByAddress(EmailAddress.parse("sekretariat@kanzlei-rossi.ch"))
                .flatMap(m -> m.ownSettings()).flatMap(ServerSettings::incoming)
                .equals(Optional.of(Endpoint.of("mail.kanzlei-rossi.ch", 993, Security.SSL_TLS))));
    }

    /** Every other source is silent or refused here: a run lasts about one timeout, and the default 5 s made this test slow. */
    private ConsoleUnderTest consoleAskingTheLoopbackDns() {
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        console.preferences.setDnsServer(Optional.of("127.0.0.1:" + dns.address().getPort()));
        console.preferences.setDiscoveryTimeout(Duration.ofSeconds(2));
        return console;
    }

    /** Kanzlei Rossi with its domain, servers not known yet; the loopback DNS names its IMAP and submission servers by SRV. */
    private Customer kanzleiRossiWithSrvRecords(ConsoleUnderTest console) {
        dns.srv("_imaps._tcp.kanzlei-rossi.ch", 0, 1, 993, "mail.kanzlei-rossi.ch")
                .srv("_submissions._tcp.kanzlei-rossi.ch", 0, 1, 465, "mail.kanzlei-rossi.ch");
        Customer rossi = console.workbench.directory().save(Customer.create("Kanzlei Rossi", SheetLanguage.DE));
        console.workbench.directory().save(MailDomain.create(rossi.id(), DomainName.of("kanzlei-rossi.ch"), "", ServerSettings.unknown()));
        return rossi;
    }

    /** The console's window with {@code customer} (its only one) open. */
    private static FrameFixture showOpen(ConsoleUnderTest console, String customer) {
        FrameFixture window = console.show();
        console.waitForStatus("1 customer");
        window.list("customerList").selectItem(customer);
        console.waitForCustomer(customer);
        return window;
    }

    /** "Find settings…" on the first domain's row, "Use these settings" once found, "Store": returns what the confirmation said. */
    private String findOnTheDomainRowAndStore(FrameFixture window) {
        press(window.table("domainTable").showPopupMenuAt(TableCell.row(0).column(0)).menuItemWithPath("Find settings…"));
        DialogFixture finder = dialog("findSettingsDialog");
        waitUntil("the finder found settings", () -> onEdt(() -> finder.button("useSettings").target().isEnabled()));
        press(finder.button("useSettings"));
        JOptionPaneFixture confirm = window.optionPane(PATIENCE);
        String said = onEdt(() -> confirm.target().getMessage().toString());
        // Pressed as the keyboard would: a mouse click on a pane that just opened can be lost on a loaded display.
        press(confirm.buttonWithText("Store"));
        return said;
    }

    private static MailDomain stored(ConsoleUnderTest console) {
        return console.workbench.store().repositories().domains().findByName(DomainName.of("weinbau-keller.ch")).orElseThrow();
    }
}
