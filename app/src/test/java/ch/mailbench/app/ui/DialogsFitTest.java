package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.ProgressDialog;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.verify.TrustCertificateDialog;
import ch.mailbench.app.ui.verify.UntrustedCertificate;
import ch.mailbench.app.ui.verify.VerifyTexts;
import ch.mailbench.core.model.CertificateInfo;
import ch.mailbench.core.model.HostName;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JMenuItemFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dialog of the console — directory, vault, verify (test, certificate trust), sheet, migration (overview,
 * passwords in a row, run results), discovery, data (import report, file choosers), progress, help, shop, team, history
 * (technician name) — opened the way the technician opens it over a real database, then placed on a 1280×800 and on a 1366×768 screen the way
 * {@link Widgets#placeOnScreen} places it: the dialog fits and every one of its buttons lies
 * inside the screen. The setup-sheet preview used to open 950×960, Print and Save off screen.
 * <p>
 * With -Dmailbench.screenshots=DIR it also saves the main window and each dialog in English,
 * French and German, light and dark, for looking at (run under Xvfb at 1280×800).
 */
class DialogsFitTest extends GuiTest {

    private static final List<Dimension> SCREENS = List.of(new Dimension(1280, 800), new Dimension(1366, 768));

    /** How the technician opens a dialog, from the console's main window; returns the dialog once it shows. */
    private interface Opener {
        JDialog open(FrameFixture window, Locale language) throws Exception;
    }

    /** A dialog ({@code name} names its screenshot) and how it is opened. */
    private record Opening(String name, Opener opener) {
    }

    private final List<Opening> dialogs = List.of(
            menu("menuNewCustomer", "customerDialog", null),
            menu("menuEditCustomer", "customerDialog", null),
            menu("menuNewDomain", "domainDialog", null),
            menu("menuEditDomain", "domainDialog", "domainTable"),
            menu("menuChangeServers", "changeServersDialog", "domainTable"),
            menu("menuNewMailbox", "mailboxDialog", null),
            menu("menuEditMailbox", "mailboxDialog", "mailboxTable"),
            menu("menuTestMailbox", "mailboxTestDialog", "mailboxTable"),
            menu("menuMailboxPassword", "mailboxPasswordDialog", "mailboxTable"),
            menu("menuChangeMasterPassword", "masterPasswordDialog", null),
            menu("menuMailboxSheet", "sheetPreview", "mailboxTable"),
            menu("menuCustomerSheets", "sheetPreview", null),
            menu("menuTrustedCertificates", "trustedCertificatesDialog", null),
            menu("menuMailboxOverview", "overviewDialog", null),
            menu("menuChangeSets", "changeSetsDialog", null),
            menu("menuProviders", "providersDialog", null),
            menu("menuDnsServer", "dnsServerDialog", null),
            menu("menuKeyboard", "keyboardHelp", null),
            menu("menuShopSettings", "shopDialog", null),
            menu("menuSheetLanguage", "sheetLanguageDialog", null),
            menu("menuConnectTeamDatabase", "teamDatabaseDialog", null),
            then("menuNewDomain", "domainDialog", "findSettings", "findSettingsDialog"),
            then("menuProviders", "providersDialog", "addProvider", "providerDialog"),
            then("menuMailboxOverview", "overviewDialog", "enterPasswords", "passwordsInARowDialog"),
            // Without a stored password no server is contacted: the run is over at once, every mailbox "not tried".
            then("menuMailboxOverview", "overviewDialog", "reverifyShownButton", "runResultsDialog"),
            new Opening("importReportDialog", this::importReport),
            chooser("menuImport", "importChooser", null),
            message("menuExportCsv", null),
            chooser("menuExportCsv", "exportChooser", null),
            chooser("menuBackup", "backupChooser", null),
            chooser("menuMailboxProfile", "profileChooser", "mailboxTable"),
            message("menuAbout", null),
            message("menuTechnicianName", null),
            // Closed without an answer: nothing is deleted, the next opening finds the same rows.
            message("menuDeleteMailbox", "mailboxTable"),
            message("menuDeleteDomain", "domainTable"),
            message("menuDeleteCustomer", null),
            new Opening("trustDialog", this::trustCertificate),
            new Opening("progressDialog", this::progress));

    /** Released when the progress dialog's task may end. */
    private final CountDownLatch progressEnds = new CountDownLatch(1);

    @TempDir
    Path folder;

    @AfterEach
    void endTheProgressTask() {
        progressEnds.countDown();
    }

    @Test
    void everyDialogFitsA1280x800AndA1366x768Screen() throws Exception {
        String screenshots = System.getProperty("mailbench.screenshots");
        List<Locale> languages = screenshots == null ? List.of(Locale.ENGLISH) : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);
        List<Theme> themes = screenshots == null ? List.of(Theme.LIGHT) : List.of(Theme.LIGHT, Theme.DARK);
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        fill(console.workbench.store().repositories());
        for (Locale language : languages) {
            for (Theme theme : themes) {
                FrameFixture window = console.show(language, theme);
                console.waitForCustomer("Garage Müller-Schönenberger");
                String prefix = language.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT) + "-";
                screenshot(prefix + "main");
                if (screenshots != null) {
                    window.tabbedPane("customerTabs").selectTab(1);
                    robot.waitForIdle();
                    screenshot(prefix + "history-tab");
                    window.tabbedPane("customerTabs").selectTab(0);
                }
                for (Opening opening : dialogs) {
                    Window dialog = opening.opener().open(window, language);
                    robot.waitForIdle();
                    // As the console placed it on this (Xvfb) screen, then as it would be on each small screen.
                    assertFits(dialog, opening.name() + " as opened in " + language, onEdt(() -> Widgets.usableBounds(dialog)), false);
                    for (Dimension screen : SCREENS) {
                        assertFits(dialog, opening.name() + " in " + language, new Rectangle(new Point(0, 0), screen), true);
                    }
                    GuiActionRunner.execute(() -> Widgets.placeOnScreen(dialog, dialog.getOwner()));
                    screenshot(prefix + opening.name());
                    closeAllBut(window.target());
                }
                GuiActionRunner.execute(() -> window.target().dispose());
            }
        }
    }

    /** A customer with long German names: the widest texts the dialogs must hold. */
    private static void fill(Repositories repositories) {
        Customer garage = repositories.customers().insert(Customer.create("Garage Müller-Schönenberger", SheetLanguage.DE)
                .withContact("Hans-Peter Müller-Schönenberger", "+41 44 555 01 02", "hans-peter@garage-mueller-schoenenberger.ch"));
        MailDomain domain = repositories.domains().insert(MailDomain.create(garage.id(), DomainName.of("garage-mueller-schoenenberger.ch"),
                "Swisscom (Bluewin)", ServerSettings.of(MailboxType.IMAP, Endpoint.of("imaps.bluewin.ch", 993, Security.SSL_TLS),
                        Endpoint.of("smtpauths.bluewin.ch", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS)));
        repositories.mailboxes().insert(Mailbox.create(domain.id(),
                EmailAddress.parse("hans-peter.mueller@garage-mueller-schoenenberger.ch"), "Hans-Peter"));
        repositories.mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse("werkstatt@garage-mueller-schoenenberger.ch"), ""));
    }

    /** The menu item (by its name) opens the dialog; {@code table} names the table whose first row it needs selected, if any. */
    private Opening menu(String menuItem, String dialog, String table) {
        return new Opening(dialog + "-" + menuItem, (window, language) -> {
            selectFirstRow(window, table);
            pressMenu(window, menuItem);
            JDialog shown = dialog(dialog).targetCastedTo(JDialog.class);
            if (dialog.equals("sheetPreview")) {
                waitUntil("the sheet is drawn", () -> !((JLabel) robot.finder().findByName(shown, "pageLabel", JLabel.class, false))
                        .getText().isEmpty());
            }
            return shown;
        });
    }

    /** A dialog opened by a button of another dialog, itself opened from the menu. */
    private Opening then(String menuItem, String first, String button, String dialog) {
        return new Opening(dialog + "-" + button, (window, language) -> {
            pressMenu(window, menuItem);
            DialogFixture opened = dialog(first);
            eventually(() -> opened.button(button).requireEnabled());
            press(opened.button(button));
            return dialog(dialog, candidate -> candidate.isShowing() && candidate != opened.target()).targetCastedTo(JDialog.class);
        });
    }

    /** The file chooser a menu item opens (the dialog Swing makes around it). */
    private Opening chooser(String menuItem, String chooser, String table) {
        return new Opening(chooser + "-" + menuItem, (window, language) -> {
            selectFirstRow(window, table);
            pressMenu(window, menuItem);
            if (menuItem.equals("menuExportCsv")) {
                // Export asks first whether passwords go into the file.
                press(message().buttonWithText(new ch.mailbench.app.ui.data.DataMessages(language).get("export.withoutPasswords")));
            }
            JFileChooser found = JFileChooserFinder.findFileChooser(chooser).withTimeout(PATIENCE.duration()).using(robot).target();
            return onEdt(() -> (JDialog) SwingUtilities.getWindowAncestor(found));
        });
    }

    /** The message or question (option pane) a menu item shows. */
    private Opening message(String menuItem, String table) {
        return new Opening("message-" + menuItem, (window, language) -> {
            selectFirstRow(window, table);
            pressMenu(window, menuItem);
            JOptionPaneFixture message = message();
            return onEdt(() -> (JDialog) SwingUtilities.getWindowAncestor(message.target()));
        });
    }

    /** File → Import CSV… with a file that has a bad line: the report that lists it. */
    private JDialog importReport(FrameFixture window, Locale language) throws Exception {
        Path csv = folder.resolve("kunden-garage-mueller-schoenenberger.csv");
        Files.writeString(csv, "customer;email;incoming_host;incoming_port\n"
                + "Garage Müller-Schönenberger;buchhaltung@garage-mueller-schoenenberger.ch;imaps.bluewin.ch;993\n"
                + "Garage Müller-Schönenberger;werkstatt-chef@garage-mueller-schoenenberger;imaps.bluewin.ch;993\n"
                + "Carrosserie Keller;info@carrosserie-keller.ch;imaps.bluewin.ch;99999\n");
        pressMenu(window, "menuImport");
        saveAs("importChooser", csv);
        return dialog("importReportDialog").targetCastedTo(JDialog.class);
    }

    /** The trust question the test dialog asks when a server's certificate is not trusted. */
    private JDialog trustCertificate(FrameFixture window, Locale language) {
        Instant from = Instant.parse("2026-03-02T00:00:00Z");
        UntrustedCertificate certificate = new UntrustedCertificate(HostName.of("imaps.bluewin.ch"), new CertificateInfo(
                "CN=imaps.bluewin.ch, O=Swisscom (Schweiz) AG, L=Bern, ST=Bern, C=CH",
                "CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US", from, from.plus(Duration.ofDays(365)),
                "9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0:C5:5A:D0:15:A3:BF:4F:1B:2B:0B:82:2C:D1:5D:6C:15:B0:F0:0A:08"));
        Frame owner = window.target();
        SwingUtilities.invokeLater(() -> new TrustCertificateDialog(owner, certificate, new VerifyTexts(language)).ask());
        return dialog("trustDialog").targetCastedTo(JDialog.class);
    }

    /** The progress window of a long import, while its work is still running. */
    private JDialog progress(FrameFixture window, Locale language) {
        ch.mailbench.app.ui.data.DataMessages texts = new ch.mailbench.app.ui.data.DataMessages(language);
        GuiActionRunner.execute(() -> new ProgressDialog(window.target(),
                texts.format("import.running", "kunden-garage-mueller-schoenenberger.csv"), texts.get("import.cancel"))
                .follow(BackgroundTask.of(monitor -> {
                    progressEnds.await();
                    return true;
                }).executeWith(new SwingTaskExecutor())));
        return dialog("progressDialog").targetCastedTo(JDialog.class);
    }

    private void selectFirstRow(FrameFixture window, String table) {
        if (table != null) {
            JTable rows = (JTable) robot.finder().findByName(window.target(), table, JTable.class, false);
            GuiActionRunner.execute(() -> rows.setRowSelectionInterval(0, 0));
        }
    }

    private void pressMenu(FrameFixture window, String menuItem) {
        JMenuItem item = (JMenuItem) robot.finder().findByName(window.target(), menuItem, JMenuItem.class, false);
        press(new JMenuItemFixture(robot, item));
    }

    /** Closes every window but the console's (a dialog and the dialog it was opened from), then the next one starts afresh. */
    private void closeAllBut(Frame console) {
        GuiActionRunner.execute(() -> {
            for (Window window : Window.getWindows()) {
                if (window != console && window.isDisplayable()) {
                    window.dispose();
                }
            }
        });
        robot.waitForIdle();
    }

    /**
     * Eventually, not at once: on a loaded X server the peer may still report an earlier size or
     * position of the dialog after it was placed, and the next placement starts from that.
     */
    private static void assertFits(Window dialog, String what, Rectangle screen, boolean place) {
        eventually(() -> assertFitsNow(dialog, what, screen, place));
    }

    private static void assertFitsNow(Window dialog, String what, Rectangle screen, boolean place) {
        List<String> outside = GuiActionRunner.execute(() -> {
            if (place) {
                Widgets.placeWithin(dialog, dialog.getOwner(), screen);
                dialog.validate();
            }
            Rectangle bounds = dialog.getBounds();
            List<String> wrong = new ArrayList<>();
            if (!screen.contains(bounds)) {
                wrong.add("the dialog itself at " + bounds);
            }
            for (AbstractButton button : buttons(dialog)) {
                Rectangle onScreen = SwingUtilities.convertRectangle(button.getParent(), button.getBounds(), dialog);
                onScreen.translate(bounds.x, bounds.y);
                if (!screen.contains(onScreen) || !bounds.contains(onScreen)) {
                    wrong.add((button.getName() != null ? button.getName() : button.getText()) + " at " + onScreen);
                }
            }
            return wrong;
        });
        assertThat(outside).as(what + " on a " + screen.width + "×" + screen.height + " screen: outside").isEmpty();
    }

    /** The dialog's buttons a user can reach: shown, not inside a scrolled view (a table's cells scroll) nor a scroll bar's arrows. */
    private static List<AbstractButton> buttons(Container container) {
        List<AbstractButton> found = new ArrayList<>();
        for (Component child : container.getComponents()) {
            if (!child.isVisible() || child instanceof JViewport || child instanceof javax.swing.JScrollBar) {
                continue;
            }
            if (child instanceof AbstractButton button && !(child instanceof JMenuItem) && button.getWidth() > 0 && button.getHeight() > 0) {
                found.add(button);
            }
            if (child instanceof Container inner) {
                found.addAll(buttons(inner));
            }
        }
        return found;
    }
}
