package ch.mailbench.app.ui.migration;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.vault.UnlockHandler;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JFrame;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** "Enter passwords in a row" from the overview: the vault unlocked first, Save & next, Skip, then re-verify against GreenMail. */
class PasswordsInARowTest extends GuiTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    private FrameFixture window;
    private Mailbox paul;

    @BeforeEach
    void createWorld() {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        paul = worlds.world().workbench().store().repositories().mailboxes()
                .insert(Mailbox.create(worlds.world().domain().id(), EmailAddress.parse(LOCAL_PART_USER), ""));
        worlds.world().workbench().store().repositories().mailboxes()
                .insert(Mailbox.create(worlds.world().domain().id(), EmailAddress.parse("zoe@bakery-dupont.ch"), ""));
        worlds.world().workbench().vault().lock();
        window = showOwner(1100, 700);
    }

    @Test
    void unlocksOnceStepsThroughSaveAndSkipThenReverifiesWhatWasSaved() {
        AtomicInteger asked = new AtomicInteger();
        UnlockHandler technician = vault -> {
            asked.incrementAndGet();
            vault.unlock(TesterWorld.MASTER_PASSWORD.toCharArray());
            return true;
        };
        MigrationExtension extension = WorldMigration.of(worlds.world());
        GuiActionRunner.execute(() -> extension.showOverview((JFrame) window.target(), new ErrorTexts(new Messages(Locale.ENGLISH)),
                Locale.ENGLISH, technician, () -> { }));
        DialogFixture overview = dialog("overviewDialog");
        waitUntil("the mailboxes are loaded", () -> overview.table("overviewTable").target().getRowCount() == 3);

        press(overview.button("enterPasswords"));
        DialogFixture passwords = dialog("passwordsInARowDialog");
        giveFocus(passwords.target());
        assertThat(textOf(passwords, "passwordStep")).isEqualTo("Mailbox 1 of 2 without a stored password:");
        assertThat(textOf(passwords, "passwordAddress")).isEqualTo(LOCAL_PART_USER);
        passwords.button("saveNext").requireDisabled();
        type(passwords.textBox("rowPassword"), LOCAL_PART_PASSWORD);
        press(passwords.button("saveNext"));
        waitForText(passwords, "passwordAddress", "zoe@bakery-dupont.ch");
        assertThat(worlds.world().workbench().vault().password(paul.id()).map(String::new)).contains(LOCAL_PART_PASSWORD);
        assertThat(asked).hasValue(1);

        press(passwords.button("skipPassword"));
        waitForText(passwords, "passwordStep", "One password saved, 1 skipped.");
        press(passwords.button("reverifySaved").requireVisible());

        DialogFixture results = dialog("runResultsDialog");
        assertThat(textOf(results, "resultsSummary")).isEqualTo("One mailbox checked: 1 passed, 0 failed, 0 not tried.");
        eventually(() -> assertThat(overview.comboBox("statusFilter").contents()).contains("🔑 needs password (1)"));
        assertThat(asked).hasValue(1);
    }
}
