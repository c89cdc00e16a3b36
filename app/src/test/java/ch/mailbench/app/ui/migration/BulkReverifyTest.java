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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.LOCAL_PART_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-verify the overview's filter against GreenMail: results grouped by outcome with what changed
 * since the last good check, a password fixed, "Retry the failures" all green, the run saved as CSV and PDF.
 */
class BulkReverifyTest extends GuiTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    @TempDir
    Path folder;

    private FrameFixture window;
    private Mailbox marie;

    @BeforeEach
    void createWorld() {
        marie = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        worlds.world().mailbox(LOCAL_PART_USER, LOCAL_PART_PASSWORD);
        window = showOwner(1100, 700);
    }

    private DialogFixture overview() {
        MigrationExtension extension = WorldMigration.of(worlds.world());
        GuiActionRunner.execute(() -> extension.showOverview((JFrame) window.target(), new ErrorTexts(new Messages(Locale.ENGLISH)),
                Locale.ENGLISH, UnlockHandler.stayLocked(), () -> { }));
        DialogFixture dialog = dialog("overviewDialog");
        waitUntil("the mailboxes are loaded", () -> dialog.table("overviewTable").target().getRowCount() == 2);
        return dialog;
    }

    private DialogFixture results(String title) {
        return dialog("runResultsDialog", d -> d.isShowing() && d.getTitle().equals(title));
    }

    @Test
    void reVerifyTheFilterGroupsByOutcomeRetriesTheFailuresAndSavesTheRun() throws Exception {
        DialogFixture overview = overview();
        press(overview.button("reverifyShownButton"));
        DialogFixture first = results("Re-verify 2 mailboxes shown — results");
        assertThat(textOf(first, "resultsSummary")).isEqualTo("2 mailboxes checked: 2 passed, 0 failed, 0 not tried.");
        first.button("retryFailures").requireDisabled();
        press(first.button("closeButton"));

        // The password changes at the provider, not in Mailbench: the next run fails where the last one passed.
        worlds.world().workbench().vault().storePassword(marie.id(), "an-old-password".toCharArray());
        giveFocus(overview.target());
        type(overview.textBox("overviewSearch"), "marie");
        eventually(() -> assertThat(overview.table("overviewTable").rowCount()).isEqualTo(1));
        press(overview.button("reverifyShownButton"));
        DialogFixture second = results("Re-verify one mailbox shown — results");
        assertThat(textOf(second, "resultsSummary")).isEqualTo("One mailbox checked: 0 passed, 1 failed, 0 not tried.");
        assertThat(textOf(second, "groupTitle.AUTH_FAILED")).startsWith("✖ ").endsWith(" (1)");
        assertThat(textOf(second, "groupExplanation.AUTH_FAILED")).isNotBlank();
        assertThat(textOf(second, "since." + FULL_ADDRESS_USER)).contains("now fails — was verified on ");
        assertThat(overview.table("overviewTable").contents()[0][0]).isEqualTo("✖ failing");

        Path csv = folder.resolve("run.csv");
        press(second.button("saveCsv"));
        saveAs("reportChooser", csv);
        waitForText(second, "resultsNotice", "Saved to " + csv);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(FULL_ADDRESS_USER);
        Path pdf = folder.resolve("run.pdf");
        press(second.button("savePdf"));
        saveAs("reportChooser", pdf);
        waitForText(second, "resultsNotice", "Saved to " + pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        worlds.world().workbench().vault().storePassword(marie.id(), FULL_ADDRESS_PASSWORD.toCharArray());
        press(second.button("retryFailures"));
        DialogFixture retried = results("Re-verify the failures of one mailbox shown — results");
        assertThat(textOf(retried, "resultsSummary")).isEqualTo("One mailbox checked: 1 passed, 0 failed, 0 not tried.");
        assertThat(textOf(retried, "groupTitle.OK")).isEqualTo("✔ " + outcomeLabel() + " (1)");
        eventually(() -> assertThat(overview.table("overviewTable").contents()[0][0]).isEqualTo("✔ verified"));
    }

    private static String outcomeLabel() {
        return new ch.mailbench.core.probe.OutcomeTexts(Locale.ENGLISH).label(ch.mailbench.core.model.Outcome.OK);
    }
}
