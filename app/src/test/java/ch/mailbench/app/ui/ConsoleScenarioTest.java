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
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
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
        console.workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        console.workbench.store().repositories().customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        window = console.show();
        console.waitForStatus("2 customers");
    }

    @Test
    void aTechnicianSetsUpACustomerFindsItAndCleansUp() {
        window.list("customerList").pressAndReleaseKey(ctrl(KeyEvent.VK_N));
        DialogFixture customer = dialog("customerDialog");
        customer.button("ok").requireDisabled();
        assertThat(customer.label("nameError").text()).isBlank(); // nothing to complain about before the user typed
        customer.textBox("name").enterText("Cafe Martin");
        customer.textBox("contactPerson").enterText("Elodie Martin");
        customer.textBox("email").enterText("elodie@");
        eventually(() -> customer.label("emailError").requireText("Not a valid email address"));
        customer.button("ok").requireDisabled();
        customer.textBox("email").deleteText().enterText("elodie@gmail.com");
        eventually(() -> customer.button("ok").requireEnabled());
        customer.button("ok").click();
        waitUntil("the new customer is open", () -> window.label("customerName").text().equals("Cafe Martin"));
        assertThat(window.list("customerList").selection()).containsExactly("Cafe Martin");

        window.button("addDomain").click();
        DialogFixture domain = dialog("domainDialog");
        domain.textBox("name").setText("café-martin.ch");
        domain.textBox("provider").enterText("Infomaniak");
        domain.textBox("incomingHost").enterText("mail.infomaniak.com");
        domain.comboBox("incomingSecurity").selectItem("STARTTLS");
        eventually(() -> domain.textBox("incomingPort").requireText("143"));
        domain.comboBox("incomingSecurity").selectItem("SSL/TLS");
        eventually(() -> domain.textBox("incomingPort").requireText("993"));
        domain.textBox("outgoingHost").enterText("mail.infomaniak.com");
        domain.comboBox("outgoingSecurity").selectItem("STARTTLS");
        eventually(() -> domain.textBox("outgoingPort").requireText("587"));
        domain.comboBox("outgoingSecurity").selectItem("SSL/TLS");
        eventually(() -> domain.textBox("outgoingPort").requireText("465"));
        screenshot("domain-dialog");
        domain.button("ok").click();
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
        assertThat(mailboxes.contents()[1][5]).isEqualTo("before the @");
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
        window.textBox("search").enterText("elodie@cafe");
        eventually(() -> assertThat(window.list("customerList").contents()).containsExactly("Cafe Martin"));
        window.textBox("search").deleteText().enterText("dupont");
        eventually(() -> assertThat(window.list("customerList").contents()).containsExactly("Boulangerie Dupont"));
        waitUntil("the match is open", () -> window.label("customerName").text().equals("Boulangerie Dupont"));
        window.textBox("search").deleteText().enterText("commandes@");
        eventually(() -> assertThat(window.list("customerList").contents()).containsExactly("Cafe Martin"));
        waitUntil("the match is open", () -> window.label("customerName").text().equals("Cafe Martin"));

        waitUntil("the mailboxes are shown", () -> mailboxes.rowCount() == 2);
        mailboxes.cell(org.assertj.swing.data.TableCell.row(1).column(1)).click();
        mailboxes.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        DialogFixture mailbox = dialog("mailboxDialog");
        mailbox.checkBox("usesDomainServers").requireSelected().uncheck();
        eventually(() -> mailbox.textBox("incomingPort").requireEnabled());
        mailbox.textBox("incomingPort").deleteText().enterText("70000");
        eventually(() -> mailbox.label("incomingPortError").requireText("Port must be between 1 and 65535"));
        eventually(() -> mailbox.button("ok").requireDisabled());
        screenshot("mailbox-dialog");
        mailbox.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        JOptionPaneFixture discard = window.optionPane(PATIENCE);
        discard.requireMessage("Discard your changes?").yesButton().click();
        waitUntil("the mailbox dialog is closed", () -> !GuiActionRunner.execute(() -> mailbox.target().isShowing()));
        assertThat(console.workbench.store().repositories().mailboxes().findById(elodie.id()).orElseThrow().ownSettings())
                .isEqualTo(elodie.ownSettings());

        refocus();
        window.textBox("search").deleteText();
        domains.cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        domains.pressAndReleaseKeys(KeyEvent.VK_DELETE);
        JOptionPaneFixture confirm = window.optionPane(PATIENCE);
        assertThat(confirm.target().getMessage().toString()).contains("café-martin.ch", "2 mailboxes");
        confirm.buttonWithText("Delete").click();
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

        edit.textBox("contactPerson").enterText("Paul Dupont");
        edit.button("ok").click();

        // Looked up without requiring it to show: the fixture lookup would throw until the save has failed.
        waitUntil("the stale edit is reported", () -> GuiActionRunner.execute(() -> !edit.robot().finder()
                .findAll(edit.target(), c -> "saveError".equals(c.getName()) && c.isShowing()).isEmpty()));
        // Who changed it and when, from the history.
        assertThat(edit.label("saveError").text()).contains(console.workbench.history().technician() + " changed this on");
        edit.textBox("contactPerson").requireText("Paul Dupont");
        assertThat(console.workbench.store().repositories().customers().findById(dupont.id()).orElseThrow().contactPerson())
                .isEqualTo("Marie Dupont");

        // Reload: the current data to edit, and what was typed beside it to copy. Pressed without the mouse: not about the mouse.
        GuiActionRunner.execute(() -> edit.button("reload").target().doClick());
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
        JOptionPaneFixture confirm = window.optionPane(PATIENCE);
        assertThat(confirm.target().getMessage().toString()).isEqualTo("Delete the customer “Garage Meier”?");
        confirm.buttonWithText("Cancel").click();
        assertThat(console.workbench.store().repositories().customers().count()).isEqualTo(2);
    }

    private void addMailbox(String localPart, String usernameKind) {
        refocus().pressAndReleaseKey(ctrl(KeyEvent.VK_M));
        DialogFixture mailbox = dialog("mailboxDialog");
        mailbox.textBox("localPart").enterText(localPart);
        mailbox.textBox("incomingHost").requireDisabled().requireText("mail.infomaniak.com");
        if (usernameKind != null) {
            mailbox.comboBox("usernameKind").selectItem(usernameKind);
        }
        eventually(() -> mailbox.button("ok").requireEnabled());
        mailbox.button("ok").click();
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

    /** Saves a screenshot when -Dmailbench.screenshots=DIR is set (for looking at, never compared). */
    private void screenshot(String name) {
        String folderName = System.getProperty("mailbench.screenshots");
        if (folderName == null) {
            return;
        }
        window.robot().waitForIdle();
        try {
            Files.createDirectories(Path.of(folderName));
            Path file = Path.of(folderName, name + ".png");
            Files.deleteIfExists(file);
            new ScreenshotTaker().saveDesktopAsPng(file.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
