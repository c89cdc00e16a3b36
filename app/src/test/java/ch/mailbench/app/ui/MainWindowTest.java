package ch.mailbench.app.ui;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.port.DatabaseAddress;
import ch.mailbench.core.history.HistoryQuery;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.LastCheck;
import ch.mailbench.core.model.Outcome;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.NameMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.UIManager;
import java.awt.Frame;
import java.nio.file.Path;
import java.util.Arrays;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MainWindowTest extends GuiTest {

    @TempDir
    Path folder;

    private ConsoleUnderTest console;

    @BeforeEach
    void openConsole() {
        console = new ConsoleUnderTest(folder, this);
    }

    @Test
    void showsTheCustomersReadFromTheDatabaseAndOpensTheFirst() {
        console.addCustomer("Garage Meier", SheetLanguage.DE);
        console.addCustomer("Boulangerie Dupont", SheetLanguage.FR);

        FrameFixture window = console.show();

        console.waitForStatus("2 customers");
        assertThat(window.list("customerList").contents()).containsExactly("Boulangerie Dupont", "Garage Meier");
        console.waitForCustomer("Boulangerie Dupont");
    }

    @Test
    void theStartShowsTheWindowAndThenTheCustomersLoadedInTheBackground() {
        Customer meier = console.addCustomer("Garage Meier", SheetLanguage.DE);
        MailDomain domain = console.workbench.directory().save(MailDomain.create(meier.id(), DomainName.of("garage-meier.ch"),
                "", ServerSettings.unknown()));
        console.workbench.directory().save(Mailbox.create(domain.id(), EmailAddress.parse("werkstatt@garage-meier.ch"), "Werkstatt"));

        new ConsoleLauncher(console.factory, console.preferences, Locale.ENGLISH).launch(new DatabaseAddress.SqliteFile(folder.resolve("m.db")));

        FrameFixture window = WindowFinder.findFrame("mainWindow").withTimeout(60_000).using(robot);
        waitUntil("the customer list shows Garage Meier", () -> GuiActionRunner.execute(() -> robot.finder()
                .findAll(window.target(), new NameMatcher("customerList", JList.class, true)).stream()
                .anyMatch(list -> ((JList<?>) list).getModel().getSize() == 1)));
        assertThat(window.list("customerList").contents()).containsExactly("Garage Meier");
        // The list shows before the rest of the window, which then counts the customers.
        waitForText(window, "status", "1 customer");

        // The start's list searches names at first; the mailbox addresses follow in the background.
        type(window.textBox("search"), "werkstatt@");
        waitUntil("the search finds Garage Meier by its mailbox address", () -> GuiActionRunner.execute(() ->
                window.list("customerList").target().getModel().getSize() == 1));
        assertThat(window.list("customerList").contents()).containsExactly("Garage Meier");
    }

    /** The start shows the list before the rest of the window: what the technician chose in it meanwhile stays. */
    @Test
    void aCustomerChosenInTheListBeforeTheWholeWindowIsThereIsTheOneOpened() {
        Customer dupont = console.addCustomer("Boulangerie Dupont", SheetLanguage.FR);
        console.addCustomer("Garage Meier", SheetLanguage.DE);
        console.preferences.setLastCustomer(dupont.id());

        FrameFixture window = console.start(startWindow -> {
            startWindow.list("customerList").requireSelection("Boulangerie Dupont");
            startWindow.list("customerList").clickItem("Garage Meier");
        });

        console.waitForStatus("2 customers");
        console.waitForCustomer("Garage Meier");
        window.list("customerList").requireSelection("Garage Meier");
        waitUntil("the list has the keyboard focus again", () -> onEdt(() -> window.list("customerList").target().isFocusOwner()));
    }

    /** The technician closes the window while the database still opens: the console ends, its window does not come back. */
    @Test
    void closingTheStartWindowWhileTheDatabaseOpensEndsTheConsole() {
        CountDownLatch windowClosed = new CountDownLatch(1);
        new ConsoleLauncher(console.factory, console.preferences, Locale.ENGLISH).launch(
                new DatabaseAddress.SqliteFile(folder.resolve("m.db")), () -> awaitQuietly(windowClosed));

        FrameFixture start = WindowFinder.findFrame("mainWindow").withTimeout(60_000).using(robot);
        start.close();
        waitUntil("the start window is gone", () -> onEdt(() -> !start.target().isDisplayable()));
        windowClosed.countDown();

        waitUntil("the console's start has ended", () -> console.factory.consoleTasks().isIdle()
                && onEdt(() -> console.factory.consoleTasks().isIdle()));
        assertThat(onEdt(() -> Arrays.stream(Frame.getFrames()).filter(Frame::isShowing).map(Frame::getName).toList()))
                .as("no console window came back").doesNotContain("mainWindow");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEmptyDatabaseTeachesWhatToDo() {
        FrameFixture window = console.show();

        console.waitForStatus("No customers");
        window.label("emptyHint").requireText("No customers yet — add one (Ctrl+N) or import a CSV file.");
    }

    @Test
    void reopensTheCustomerSelectedLastTime() {
        console.addCustomer("Boulangerie Dupont", SheetLanguage.FR);
        Customer meier = console.addCustomer("Garage Meier", SheetLanguage.DE);
        console.preferences.setLastCustomer(meier.id());

        FrameFixture window = console.show();

        console.waitForStatus("2 customers");
        console.waitForCustomer("Garage Meier");
        window.list("customerList").requireSelection("Garage Meier");
    }

    @Test
    void switchesToTheDarkThemeAndRemembersIt() {
        FrameFixture window = console.show();
        console.waitForStatus("No customers");

        press(window.menuItemWithPath("View", "Theme", "Dark"));

        assertThat(GuiActionRunner.execute(() -> UIManager.getLookAndFeel().getName())).isEqualTo("FlatLaf Dark");
        assertThat(console.preferences.theme()).isEqualTo(Theme.DARK);
        press(window.menuItemWithPath("View", "Theme", "Light"));
        assertThat(GuiActionRunner.execute(() -> UIManager.getLookAndFeel().getName())).isEqualTo("FlatLaf Light");
    }

    @Test
    void switchingTheLanguageReopensTheWindowInIt() {
        FrameFixture window = console.show();
        console.waitForStatus("No customers");

        press(window.menuItemWithPath("View", "Language", "Deutsch (German)"));

        FrameFixture german = WindowFinder.findFrame(new GenericTypeMatcher<JFrame>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame frame) {
                return frame.isShowing() && frame.getJMenuBar() != null && frame.getJMenuBar().getMenu(0).getText().equals("Datei");
            }
        }).withTimeout(PATIENCE.duration()).using(robot);
        // The new window loads its (empty) list in the background; the hint comes with it.
        waitForText(german, "emptyHint", "Noch keine Kunden — fügen Sie einen hinzu (Ctrl+N) oder importieren Sie eine CSV-Datei.");
        assertThat(console.preferences.language()).isEqualTo(UiLanguage.GERMAN);
    }

    @Test
    void theVaultStaysUnlockedWhenTheLanguageOrTheThemeChanges() {
        console.workbench.vault().setUp("dupont-Bakery-2026".toCharArray(), Duration.ofMinutes(15));
        FrameFixture window = console.show();
        console.waitForStatus("No customers");

        press(window.menuItemWithPath("View", "Theme", "Dark"));
        assertThat(console.workbench.vault().isUnlocked()).isTrue();
        press(window.menuItemWithPath("View", "Language", "Français (French)"));

        WindowFinder.findFrame(new GenericTypeMatcher<JFrame>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame frame) {
                return frame.isShowing() && frame.getJMenuBar() != null && frame.getJMenuBar().getMenu(0).getText().equals("Fichier");
            }
        }).withTimeout(PATIENCE.duration()).using(robot);
        waitUntil("the English window is gone", () -> !GuiActionRunner.execute(() -> window.target().isDisplayable()));
        assertThat(console.workbench.vault().isUnlocked()).isTrue();
    }

    /** Edit → Undo names what it undoes and brings a deleted customer back; the History tab shows who did what. */
    @Test
    void undoBringsBackADeletedCustomerAndTheHistoryTabShowsIt() {
        Customer frei = console.workbench.directory().save(Customer.create("Bäckerei Frei", SheetLanguage.DE)
                .withContact("Anna Frei", "+41 61 555 01 02", ""));
        MailDomain domain = console.workbench.directory().save(MailDomain.create(frei.id(), DomainName.of("baeckerei-frei.ch"),
                "Infomaniak", ServerSettings.unknown()));
        console.workbench.directory().save(Mailbox.create(domain.id(), EmailAddress.parse("anna@baeckerei-frei.ch"), "Anna"));
        console.workbench.directory().delete(console.workbench.store().repositories().customers().findById(frei.id()).orElseThrow());

        FrameFixture window = console.show();
        console.waitForStatus("No customers");
        JMenuItem undo = (JMenuItem) window.menuItem("menuUndo").target();
        waitUntil("Undo names the delete", () -> onEdt(undo::getText).equals("Undo delete of customer Bäckerei Frei"));

        press(window.menuItemWithPath("Edit", "Undo delete of customer Bäckerei Frei"));

        console.waitForStatus("1 customer");
        console.waitForCustomer("Bäckerei Frei");
        window.tabbedPane("customerTabs").selectTab("History");
        JTableFixture history = window.table("historyTable");
        waitUntil("the history shows the undo", () -> onEdt(() -> history.target().getRowCount()) == 5);
        String[][] rows = history.contents();
        assertThat(Arrays.stream(rows).map(row -> row[2])).containsExactly("Undo: Customer deleted", "Customer deleted (undone)",
                "Mailbox added", "Domain added", "Customer created");
        assertThat(rows[4][4]).contains("contact person: – → Anna Frei", "name: – → Bäckerei Frei");
        assertThat(rows[0][1]).isEqualTo(console.workbench.history().technician());
        waitUntil("nothing more of this technician to undo after the creations",
                () -> onEdt(undo::getText).equals("Undo addition of mailbox anna@baeckerei-frei.ch"));
    }

    /** Another technician (here another connection to the same file) adds a customer and edits the open one: both show by themselves. */
    @Test
    void changesMadeElsewhereAppearInTheListAndTheHistoryTabWithoutReloading() {
        Customer dupont = console.workbench.directory().save(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        FrameFixture window = console.show();
        console.waitForStatus("1 customer");
        console.waitForCustomer("Boulangerie Dupont");
        window.tabbedPane("customerTabs").selectTab("History");
        JTableFixture history = window.table("historyTable");
        waitUntil("the history shows the creation", () -> onEdt(() -> history.target().getRowCount()) == 1);

        Workbench other = console.factory.open(folder.resolve("m.db"));
        other.directory().save(Customer.create("Garage Meier", SheetLanguage.DE));
        other.directory().save(MailDomain.create(dupont.id(), DomainName.of("dupont.example"), "", ServerSettings.unknown()));

        console.waitForStatus("2 customers");
        assertThat(window.list("customerList").contents()).containsExactly("Boulangerie Dupont", "Garage Meier");
        waitUntil("the History tab shows the other connection's domain", () -> onEdt(() -> history.target().getRowCount()) == 2);
        assertThat(history.contents()[0][2]).isEqualTo("Domain added");
    }

    /** A check another technician's Mailbench records (no history entry) shows in the open customer by itself. */
    @Test
    void aCheckRecordedElsewhereShowsWithoutReloading() {
        Customer dupont = console.workbench.directory().save(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        MailDomain domain = console.workbench.directory().save(MailDomain.create(dupont.id(), DomainName.of("dupont.example"), "",
                ServerSettings.unknown()));
        Mailbox marie = console.workbench.directory().save(Mailbox.create(domain.id(), EmailAddress.parse("marie@dupont.example"), "Marie"));
        FrameFixture window = console.show();
        console.waitForCustomer("Boulangerie Dupont");
        JTableFixture mailboxes = window.table("mailboxTable");
        waitUntil("the mailbox shows as never checked", () -> onEdt(() -> mailboxes.contents()[0][0]).contains("never checked"));
        long entries = console.workbench.history().log(HistoryQuery.all(100)).size();

        // As VerificationService records a result, through its own connection to the same file.
        Workbench other = console.factory.open(folder.resolve("m.db"));
        other.store().repositories().mailboxes().recordLastCheck(marie.id(),
                new LastCheck(Instant.now(), Outcome.AUTH_FAILED, ""));

        waitUntil("the mailbox shows the other connection's failed check", () -> onEdt(() -> mailboxes.contents()[0][0]).contains("failing"));
        assertThat(console.workbench.history().log(HistoryQuery.all(100))).as("a check is no history entry").hasSize((int) entries);
    }
}
