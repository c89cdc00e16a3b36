package ch.mailbench.app.ui.migration;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.vault.UnlockHandler;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JFrame;
import java.util.Arrays;
import java.util.Locale;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole migration day against GreenMail, from the overview: the domain moves to a new server
 * name, one mailbox fails on its outdated password, the password is fixed and the failures retried,
 * then the move is reverted and the statuses say the last checks no longer prove the settings.
 */
class MigrationDayTest extends GuiTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    private FrameFixture window;
    private Mailbox paul;

    @BeforeEach
    void createWorld() {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        paul = worlds.world().mailbox(LOCAL_PART_USER, "an-old-password");
        window = showOwner(1100, 700);
    }

    private String incomingHost(String address) {
        var repositories = worlds.world().workbench().store().repositories();
        Mailbox mailbox = repositories.mailboxes().findByAddress(ch.mailbench.core.model.EmailAddress.parse(address)).orElseThrow();
        return mailbox.effectiveSettings(repositories.domains().findById(mailbox.domainId()).orElseThrow())
                .incoming().orElseThrow().host().ascii();
    }

    private static String[] statuses(JTableFixture table) {
        return Arrays.stream(table.contents()).map(row -> row[0]).toArray(String[]::new);
    }

    @Test
    void changePreviewApplyReverifyFixAPasswordRetryAndRevert() {
        MigrationExtension extension = WorldMigration.of(worlds.world());
        ErrorTexts errors = new ErrorTexts(new Messages(Locale.ENGLISH));
        GuiActionRunner.execute(() -> extension.showOverview((JFrame) window.target(), errors, Locale.ENGLISH, UnlockHandler.stayLocked(), () -> { }));
        DialogFixture overview = dialog("overviewDialog");
        JTableFixture table = overview.table("overviewTable");
        waitUntil("the mailboxes are loaded", () -> table.target().getRowCount() == 2);

        // Change the domain's servers: 127.0.0.1 → localhost (the same GreenMail, by the name on its certificate).
        select(table, 0, 1);
        press(overview.button("changeServersButton"));
        DialogFixture change = dialog("changeServersDialog");
        ChangeServersDialogTest.previewMoveToLocalhost(this, change, worlds.world().domain().defaults().incoming().orElseThrow().port().number());
        press(change.button("applyButton"));
        waitUntil("the change set is applied", () -> textOf(change, "changeNotice").startsWith("Change set #1 applied"));
        assertThat(incomingHost(FULL_ADDRESS_USER)).isEqualTo("localhost");
        assertThat(incomingHost(LOCAL_PART_USER)).isEqualTo("localhost");

        // Re-verify: Paul's stored password is outdated.
        press(change.button("reverifyChanged").requireVisible());
        waitForText(change, "changeNotice", "2 mailboxes checked: 1 passed, 1 not.");
        change.close();
        eventually(() -> assertThat(statuses(table)).containsExactlyInAnyOrder("✔ verified", "✖ failing"));

        choose(overview.comboBox("statusFilter"), "✖ failing (1)");
        eventually(() -> assertThat(table.rowCount()).isEqualTo(1));
        press(overview.button("reverifyShownButton"));
        DialogFixture failed = dialog("runResultsDialog", d -> d.isShowing() && d.getTitle().equals("Re-verify one mailbox shown — results"));
        assertThat(textOf(failed, "resultsSummary")).isEqualTo("One mailbox checked: 0 passed, 1 failed, 0 not tried.");
        assertThat(textOf(failed, "groupTitle.AUTH_FAILED")).startsWith("✖ ").endsWith(" (1)");

        // The technician learns the right password; the vault takes it as the password dialogs store it.
        worlds.world().workbench().vault().storePassword(paul.id(), LOCAL_PART_PASSWORD.toCharArray());
        press(failed.button("retryFailures"));
        DialogFixture retried = dialog("runResultsDialog",
                d -> d.isShowing() && d.getTitle().equals("Re-verify the failures of one mailbox shown — results"));
        assertThat(textOf(retried, "resultsSummary")).isEqualTo("One mailbox checked: 1 passed, 0 failed, 0 not tried.");
        press(retried.button("closeButton"));
        choose(overview.comboBox("statusFilter"), "All statuses (2)");
        eventually(() -> assertThat(statuses(table)).containsExactly("✔ verified", "✔ verified"));

        // Revert the change set: the old server is back, and checks made against localhost prove nothing about it.
        GuiActionRunner.execute(() -> extension.showChangeSets((JFrame) window.target(), errors, Locale.ENGLISH, () -> { }));
        DialogFixture sets = dialog("changeSetsDialog");
        eventually(() -> assertThat(sets.table("changeSetsTable").rowCount()).isEqualTo(1));
        select(sets.table("changeSetsTable"), 0);
        press(sets.button("revertButton"));
        waitForText(sets, "changeSetsNotice", "Change set #1 reverted: the old settings are back.");
        assertThat(incomingHost(FULL_ADDRESS_USER)).isEqualTo("127.0.0.1");
        assertThat(incomingHost(LOCAL_PART_USER)).isEqualTo("127.0.0.1");
        // The open overview follows the revert made in another of Mailbench's windows (focus alone would not reload it).
        eventually(() -> assertThat(statuses(table)).containsExactly("⚠ stale", "⚠ stale"));
    }
}
