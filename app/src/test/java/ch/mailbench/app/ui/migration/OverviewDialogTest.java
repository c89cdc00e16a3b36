package ch.mailbench.app.ui.migration;

import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.action.SheetPrinter;
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
import ch.mailbench.core.probe.MailboxSelection;
import ch.mailbench.core.probe.ProbeOptions;
import ch.mailbench.core.task.ProgressMonitor;
import ch.mailbench.core.vault.UnlockHandler;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.awt.event.WindowFocusListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview across customers: counts per status, search by host or provider, re-verify against GreenMail. */
class OverviewDialogTest extends GuiTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    private FrameFixture window;

    @BeforeEach
    void createWorld() {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        worlds.world().mailbox("wrong@bakery-dupont.ch", "not-the-password");
        Repositories repositories = worlds.world().workbench().store().repositories();
        Customer garage = repositories.customers().insert(Customer.create("Garage Müller", SheetLanguage.DE));
        MailDomain bluewin = repositories.domains().insert(MailDomain.create(garage.id(), DomainName.of("garage-mueller.ch"), "Bluewin",
                ServerSettings.of(MailboxType.IMAP, Endpoint.of("imaps.bluewin.ch", 993, Security.SSL_TLS),
                        Endpoint.of("smtpauths.bluewin.ch", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS)));
        repositories.mailboxes().insert(Mailbox.create(bluewin.id(), EmailAddress.parse("hans@garage-mueller.ch"), ""));
        window = showOwner(1100, 700);
    }

    private DialogFixture overview(Locale locale) {
        return overview(locale, Optional.empty());
    }

    private DialogFixture overview(Locale locale, Optional<SheetPrinter> sheets) {
        MigrationExtension extension = WorldMigration.of(worlds.world());
        GuiActionRunner.execute(() -> extension.showOverview((JFrame) window.target(), new ErrorTexts(new Messages(locale)), locale,
                UnlockHandler.stayLocked(), () -> { }, sheets));
        DialogFixture dialog = dialog("overviewDialog");
        waitUntil("the mailboxes are loaded", () -> dialog.table("overviewTable").target().getRowCount() == 3);
        return dialog;
    }

    private static List<String> choices(DialogFixture dialog) {
        return onEdt(() -> {
            JComboBox<?> box = dialog.comboBox("statusFilter").target();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < box.getItemCount(); i++) {
                texts.add(box.getItemAt(i).toString());
            }
            return texts;
        });
    }

    private static int viewRowOf(JTableFixture table, String address) {
        String[][] contents = table.contents();
        for (int i = 0; i < contents.length; i++) {
            if (contents[i][1].equals(address)) {
                return i;
            }
        }
        throw new AssertionError(address + " is not shown");
    }

    private static String statusOf(JTableFixture table, String address) {
        return table.contents()[viewRowOf(table, address)][0];
    }

    @Test
    void statusFilterCountsAndSearchFindsProviderAndHost() {
        DialogFixture dialog = overview(Locale.ENGLISH);

        assertThat(choices(dialog)).contains("All statuses (3)", "○ never checked (2)", "🔑 needs password (1)", "✖ failing (0)");
        choose(dialog.comboBox("statusFilter"), "🔑 needs password (1)");
        eventually(() -> assertThat(dialog.table("overviewTable").rowCount()).isEqualTo(1));
        assertThat(dialog.table("overviewTable").contents()[0][1]).isEqualTo("hans@garage-mueller.ch");
        assertThat(dialog.table("overviewTable").contents()[0][3]).isEqualTo("imaps.bluewin.ch:993");

        choose(dialog.comboBox("statusFilter"), "All statuses (3)");
        type(dialog.textBox("overviewSearch"), "bluewin");
        eventually(() -> assertThat(dialog.table("overviewTable").rowCount()).isEqualTo(1));
        fill(dialog.textBox("overviewSearch"), "127.0.0.1");
        eventually(() -> assertThat(dialog.table("overviewTable").rowCount()).isEqualTo(2));
    }

    @Test
    void printSheetsHandsTheSelectedRowsCustomersEachOnceToTheSheetFeature() {
        List<String> printed = new ArrayList<>();
        List<Window> owners = new ArrayList<>();
        DialogFixture dialog = overview(Locale.ENGLISH, Optional.of((owner, customers) -> {
            owners.add(owner);
            customers.forEach(c -> printed.add(c.name()));
        }));
        dialog.button("printSheetsButton").requireDisabled();

        select(dialog.table("overviewTable"), 0, 1, 2);
        press(dialog.button("printSheetsButton"));

        eventually(() -> assertThat(printed).containsExactly("Boulangerie Dupont", "Garage Müller"));
        assertThat(owners).containsExactly(dialog.target());
    }

    @Test
    void withoutTheSheetFeatureThereIsNoPrintButton() {
        DialogFixture dialog = overview(Locale.ENGLISH);

        assertThat(onEdt(() -> dialog.robot().finder().findAll(dialog.target(),
                c -> "printSheetsButton".equals(c.getName())))).isEmpty();
    }

    @Test
    void savesTheRowsTheFilterShowsAsCsvAndPdf(@TempDir Path folder) throws Exception {
        DialogFixture dialog = overview(Locale.ENGLISH);
        type(dialog.textBox("overviewSearch"), "bluewin");
        eventually(() -> assertThat(dialog.table("overviewTable").rowCount()).isEqualTo(1));

        Path csv = folder.resolve("bluewin.csv");
        press(dialog.button("overviewSaveCsv"));
        saveAs("overviewChooser", csv);
        waitForText(dialog, "overviewNotice", "Saved to " + csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFStatus,Address,Customer,").contains("hans@garage-mueller.ch,Garage Müller,imaps.bluewin.ch:993")
                .doesNotContain(FULL_ADDRESS_USER).doesNotContain("bakery-dupont");
        assertThat(text.lines()).hasSize(2);

        Path pdf = folder.resolve("bluewin");
        press(dialog.button("overviewSavePdf"));
        saveAs("overviewChooser", pdf);
        Path saved = folder.resolve("bluewin.pdf");
        waitForText(dialog, "overviewNotice", "Saved to " + saved);
        assertThat(Files.readAllBytes(saved)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void reVerifyUpdatesTheSelectedRowsAsResultsArrive() {
        DialogFixture dialog = overview(Locale.ENGLISH);
        JTableFixture table = dialog.table("overviewTable");

        select(table, viewRowOf(table, FULL_ADDRESS_USER), viewRowOf(table, "wrong@bakery-dupont.ch"));
        press(dialog.button("reverifyButton"));

        waitForText(dialog, "overviewNotice", "2 mailboxes checked: 1 passed, 1 not.");
        assertThat(textOf(dialog("runResultsDialog"), "resultsSummary")).isEqualTo("2 mailboxes checked: 1 passed, 1 failed, 0 not tried.");
        assertThat(statusOf(table, FULL_ADDRESS_USER)).isEqualTo("✔ verified");
        assertThat(statusOf(table, "wrong@bakery-dupont.ch")).isEqualTo("✖ failing");
        assertThat(statusOf(table, "hans@garage-mueller.ch")).isEqualTo("🔑 needs password");
        assertThat(choices(dialog)).contains("✔ verified (1)", "✖ failing (1)", "○ never checked (0)");
    }

    @Test
    void comingBackFromAnotherProgramShowsWhatItRecordedOnTheSameDatabase() throws Exception {
        DialogFixture dialog = overview(Locale.ENGLISH);
        JTableFixture table = dialog.table("overviewTable");
        assertThat(statusOf(table, FULL_ADDRESS_USER)).isEqualTo("○ never checked");

        // A second program on the same database file, as `mailbench verify` in a terminal would be.
        Workbench other = worlds.world().factory().open(worlds.world().database());
        other.vault().unlock(TesterWorld.MASTER_PASSWORD.toCharArray());
        other.verification().verify(other.verification().select(new MailboxSelection.One(EmailAddress.parse(FULL_ADDRESS_USER))),
                ProbeOptions.defaults(), ProgressMonitor.silent());
        assertThat(statusOf(table, FULL_ADDRESS_USER)).isEqualTo("○ never checked");

        GuiActionRunner.execute(() -> {
            JDialog target = (JDialog) dialog.target();
            for (WindowFocusListener listener : target.getWindowFocusListeners()) {
                listener.windowLostFocus(new WindowEvent(target, WindowEvent.WINDOW_LOST_FOCUS, null));
                listener.windowGainedFocus(new WindowEvent(target, WindowEvent.WINDOW_GAINED_FOCUS, null));
            }
        });
        eventually(() -> assertThat(statusOf(table, FULL_ADDRESS_USER)).isEqualTo("✔ verified"));
    }
}
