package ch.mailbench.app.ui;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a technician does in the console, on a real window over a real database: create a
 * customer, add an IDN domain and two mailboxes, find it by an address, mistype a port, delete
 * the domain. With -Dmailbench.screenshots=DIR it also saves the screenshots the issue asks for.
 */
class ConsoleScenarioTest extends GuiTest {

    @TempDir
    Path folder;

    private ConsoleUnderTest console;
    private FrameFixture window;

    @BeforeEach
    void openConsole() {
        console = new ConsoleUnderTest(folder, this);
        console.addCustomer("Garage Meier", SheetLanguage.DE);
        console.addCustomer("Boulangerie Dupont", SheetLanguage.FR);
        window = console.show();
        console.waitForStatus("2 customers");
    }

    @Test
    void aTechnicianSetsUpACustomerFindsItAndCleansUp() {
        window.list("customerList").pressAndReleaseKey(ctrl(KeyEvent.VK_N));
        DialogFixture customer = dialog("customerDialog");
        customer.button("ok").requireDisabled();
        assertThat(customer.label("nameError").text()).isBlank(); // nothing to complain about before the user typed
        type(customer.textBox("name"), "Cafe Martin");
        type(customer.textBox("contactPerson"), "Elodie Martin");
        type(customer.textBox("email"), "elodie@");
        eventually(() -> customer.label("emailError").requireText("Not a valid email address"));
        customer.button("ok").requireDisabled();
        fill(customer.textBox("email"), "elodie@gmail.com");
        eventually(() -> customer.button("ok").requireEnabled());
        press(customer.button("ok"));
        waitUntil("the new customer is open", () -> window.label("customerName").text().equals("Cafe Martin"));
        assertThat(window.list("customerList").selection()).containsExactly("Cafe Martin");

        press(window.button("addDomain"));
        DialogFixture domain = dialog("domainDialog");
        domain.textBox("name").setText("café-martin.ch");
        type(domain.textBox("provider"), "Infomaniak");
        type(domain.textBox("incomingHost"), "mail.infomaniak.com");
        choose(domain.comboBox("incomingSecurity"), "STARTTLS");
        eventually(() -> domain.textBox("incomingPort").requireText("143"));
        choose(domain.comboBox("incomingSecurity"), "SSL/TLS");
        eventually(() -> domain.textBox("incomingPort").requireText("993"));
        type(domain.textBox("outgoingHost"), "mail.infomaniak.com");
        choose(domain.comboBox("outgoingSecurity"), "STARTTLS");
        eventually(() -> domain.textBox("outgoingPort").requireText("587"));
        choose(domain.comboBox("outgoingSecurity"), "SSL/TLS");
        eventually(() -> domain.textBox("outgoingPort").requireText("465"));
        screenshot("domain-dialog");
        press(domain.button("ok"));
        waitUntil("the domain is listed", () -> window.label("domainsHeading").target().getText().equals("Domain (1)"));
        JTableFixture domains = window.table("domainTable");
        domains.requireCellValue(org.assertj.swing.data.TableCell.row(0).column(0), "café-martin.ch");
        assertThat(console.workbench.store().repositories().domains().findByName(DomainName.of("xn--caf-martin-d7a.ch"))).isPresent();

        addMailbox("commandes", null);
        addMailbox("elodie", "part before the @");
        waitUntil("both mailboxes are listed", () -> window.label("mailboxesHeading").target().getText().equals("Mailboxes (2)"));
        JTableFixture mailboxes = window.table("mailboxTable");
        assertThat(List.of(mailboxes.contents()[0][1], mailboxes.contents()[1][1]))
                .containsExactly("commandes@café-martin.ch", "elodie@café-martin.ch");
        assertThat(mailboxes.contents()[1][4]).isEqualTo("before the @");
        assertThat(mailboxes.valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo("🔑 needs password"); // added without a password: no check could log in
        Mailbox elodie = console.workbench.store().repositories().mailboxes().findAll().stream()
                .filter(m -> m.address().localPart().equals("elodie")).findFirst().orElseThrow();
        assertThat(elodie.effectiveSettings(console.workbench.store().repositories().domains().findById(elodie.domainId()).orElseThrow())
                .usernameFormat()).isEqualTo(UsernameFormat.LOCAL_PART);
        screenshot("main-light");
        GuiActionRunner.execute(() -> {
            Theme.DARK.apply();
            return null;
        });
        screenshot("main-dark");
        GuiActionRunner.execute(() -> {
            Theme.LIGHT.apply();
            return null;
        });

        refocus().pressAndReleaseKey(ctrl(KeyEvent.VK_F));
        eventually(() -> window.textBox("search").requireFocused());
        type(window.textBox("search"), "elodie@cafe");
        eventually(() -> assertThat(window.list("customerList").contents()).containsExactly("Cafe Martin"));
        fill(window.textBox("search"), "dupont");
        eventually(() -> assertThat(window.list("customerList").contents()).containsExactly("Boulangerie Dupont"));
        waitUntil("the match is open", () -> window.label("customerName").text().equals("Boulangerie Dupont"));
        fill(window.textBox("search"), "commandes@");
        eventually(() -> assertThat(window.list("customerList").contents()).containsExactly("Cafe Martin"));
        waitUntil("the match is open", () -> window.label("customerName").text().equals("Cafe Martin"));

        waitUntil("the mailboxes are shown", () -> mailboxes.rowCount() == 2);
        mailboxes.cell(org.assertj.swing.data.TableCell.row(1).column(1)).click();
        mailboxes.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        DialogFixture mailbox = dialog("mailboxDialog");
        tick(mailbox.checkBox("usesDomainServers").requireSelected(), false);
        eventually(() -> mailbox.textBox("incomingPort").requireEnabled());
        fill(mailbox.textBox("incomingPort"), "70000");
        eventually(() -> mailbox.label("incomingPortError").requireText("Port must be between 1 and 65535"));
        eventually(() -> mailbox.button("ok").requireDisabled());
        screenshot("mailbox-dialog");
        mailbox.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        JOptionPaneFixture discard = message();
        press(discard.requireMessage("Discard your changes?").yesButton());
        waitUntil("the mailbox dialog is closed", () -> !GuiActionRunner.execute(() -> mailbox.target().isShowing()));
        assertThat(console.workbench.store().repositories().mailboxes().findById(elodie.id()).orElseThrow().ownSettings())
                .isEqualTo(elodie.ownSettings());

        refocus();
        window.textBox("search").deleteText();
        domains.cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        domains.pressAndReleaseKeys(KeyEvent.VK_DELETE);
        JOptionPaneFixture confirm = message();
        assertThat(confirm.target().getMessage().toString()).contains("café-martin.ch", "2 mailboxes");
        press(confirm.buttonWithText("Delete"));
        waitUntil("the domain is gone", () -> window.label("domainsHeading").target().getText().equals("Domains"));
        eventually(() -> window.label("domainsEmpty").requireVisible());
        assertThat(console.workbench.store().repositories().mailboxes().count()).isZero();
        window.label("mailboxesEmpty").requireText("Mailboxes live on a domain: add the domain first (Ctrl+D).");
        window.button("toolNewMailbox").requireDisabled();
    }

    @Test
    void aStaleEditIsReportedAndOverwritesNothing() {
        Customer dupont = console.workbench.store().repositories().customers().findByName("Boulangerie Dupont").orElseThrow();
        console.waitForCustomer("Boulangerie Dupont");
        window.list("customerList").selectItem("Boulangerie Dupont");
        eventually(() -> window.list("customerList").requireSelection("Boulangerie Dupont"));
        window.list("customerList").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        DialogFixture edit = dialog("customerDialog");
        console.workbench.store().repositories().customers().update(dupont.withContact("Marie Dupont", "+41 21 555 01 02", ""));

        type(edit.textBox("contactPerson"), "Paul Dupont");
        press(edit.button("ok"));

        // Looked up without requiring it to show: the fixture lookup would throw until the save has failed.
        waitUntil("the stale edit is reported", () -> GuiActionRunner.execute(() -> !edit.robot().finder()
                .findAll(edit.target(), c -> "saveError".equals(c.getName()) && c.isShowing()).isEmpty()));
        // Who changed it and when, from the history.
        assertThat(edit.label("saveError").text()).contains(console.workbench.history().technician() + " changed this on");
        edit.textBox("contactPerson").requireText("Paul Dupont");
        assertThat(console.workbench.store().repositories().customers().findById(dupont.id()).orElseThrow().contactPerson())
                .isEqualTo("Marie Dupont");

        // Reload: the current data to edit, and what was typed beside it to copy.
        press(edit.button("reload"));
        waitUntil("the dialog reopened on the current data", () -> GuiActionRunner.execute(() -> edit.robot().finder()
                .findAll(c -> "typedBefore".equals(c.getName()) && c.isShowing()).size() == 1));
        DialogFixture reopened = dialog("customerDialog");
        reopened.textBox("contactPerson").requireText("Marie Dupont");
        assertThat(reopened.textBox("typedBefore").text()).contains("Paul Dupont");
    }

    @Test
    void deletingACustomerSaysWhatGoesWithIt() {
        console.waitForCustomer("Boulangerie Dupont");
        window.list("customerList").selectItem("Garage Meier");
        console.waitForCustomer("Garage Meier");
        window.list("customerList").pressAndReleaseKeys(KeyEvent.VK_DELETE);
        JOptionPaneFixture confirm = message();
        assertThat(confirm.target().getMessage().toString()).isEqualTo("Delete the customer “Garage Meier”?");
        press(confirm.buttonWithText("Cancel"));
        assertThat(console.workbench.store().repositories().customers().count()).isEqualTo(2);
    }

    private void addMailbox(String localPart, String usernameKind) {
        refocus().pressAndReleaseKey(ctrl(KeyEvent.VK_M));
        DialogFixture mailbox = dialog("mailboxDialog");
        type(mailbox.textBox("localPart"), localPart);
        mailbox.textBox("incomingHost").requireDisabled().requireText("mail.infomaniak.com");
        if (usernameKind != null) {
            choose(mailbox.comboBox("usernameKind"), usernameKind);
        }
        eventually(() -> mailbox.button("ok").requireEnabled());
        press(mailbox.button("ok"));
        try {
            waitUntil("the mailbox dialog is closed", () -> !GuiActionRunner.execute(() -> mailbox.target().isShowing()));
        } catch (RuntimeException e) {
            throw new AssertionError("dialog still open: ok enabled=" + GuiActionRunner.execute(() -> mailbox.button("ok").target().isEnabled())
                    + ", saveError=" + GuiActionRunner.execute(() -> mailbox.label("saveError").target().getText())
                    + ", status=" + GuiActionRunner.execute(() -> window.label("status").target().getText()), e);
        }
    }

    /**
     * Xvfb has no window manager to hand the focus back to the main window when a dialog closes:
     * the test gives it back, then clicks into the window as a technician would.
     */
    private org.assertj.swing.fixture.JLabelFixture refocus() {
        giveFocus(window.target());
        org.assertj.swing.fixture.JLabelFixture name = window.label("customerName");
        name.click();
        return name;
    }

    /** AssertJ Swing maps the old-style modifier masks to the keys it presses. */
    @SuppressWarnings("deprecation")
    private static KeyPressInfo ctrl(int keyCode) {
        return KeyPressInfo.keyCode(keyCode).modifiers(java.awt.event.InputEvent.CTRL_MASK);
    }
}
