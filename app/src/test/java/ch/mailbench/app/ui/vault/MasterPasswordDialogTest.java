package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.AppFactory;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

/** The master password dialog on a real (virtual) screen over a real database. */
class MasterPasswordDialogTest {

    @TempDir
    Path folder;

    private Robot robot;
    private Vault vault;
    private final AtomicReference<Boolean> result = new AtomicReference<>();

    @BeforeAll
    static void failOnEdtViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openVault() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        vault = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000)
                .open(folder.resolve("m.db")).vault();
    }

    @AfterEach
    void cleanUp() {
        robot.cleanUp();
    }

    private DialogFixture show(MasterPasswordModel.Mode mode) {
        MasterPasswordDialog dialog = GuiActionRunner.execute(() ->
                new MasterPasswordDialog(null, vault, new MasterPasswordModel(mode, Duration.ofMinutes(15)), new VaultMessages(Locale.ENGLISH),
                        new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.ENGLISH))));
        SwingUtilities.invokeLater(() -> result.set(dialog.showAndWait()));
        return WindowFinder.findDialog("masterPasswordDialog").withTimeout(10_000).using(robot);
    }

    private static boolean showing(DialogFixture dialog, String name) {
        return GuiActionRunner.execute(() -> dialog.robot().finder().findByName(dialog.target(), name, false).isShowing());
    }

    private static String title(DialogFixture dialog) {
        return GuiActionRunner.execute(() -> dialog.target().getTitle());
    }

    private void waitUntilClosed() {
        pause(new Condition("the dialog closed with a result") {
            @Override
            public boolean test() {
                return result.get() != null;
            }
        }, timeout(20_000));
    }

    @Test
    void firstUseAsksTwiceHintsAtTheStrengthAndSetsTheMasterPassword() {
        DialogFixture dialog = show(MasterPasswordModel.Mode.SET_UP);
        assertThat(title(dialog)).isEqualTo("Set a master password");
        assertThat(showing(dialog, "currentMasterPassword")).isFalse();
        assertThat(showing(dialog, "forgot")).isFalse();

        dialog.textBox("masterPassword").enterText("dupont");
        dialog.label("strengthHint").requireText("Too short: at least 8 characters");
        dialog.button("ok").requireDisabled();

        dialog.textBox("masterPassword").enterText("-Bakery-2026");
        dialog.label("strengthHint").requireText("Strong");
        dialog.textBox("masterPasswordConfirmation").enterText("dupont-Bakery-2025");
        dialog.label("problem").requireText("The two entries differ.");
        dialog.button("ok").requireDisabled();
        dialog.textBox("masterPasswordConfirmation").deleteText().enterText("dupont-Bakery-2026");
        dialog.label("problem").requireText(" ");
        dialog.button("ok").requireEnabled().click();

        waitUntilClosed();
        assertThat(result.get()).isTrue();
        assertThat(vault.isUnlocked()).isTrue();
    }

    @Test
    void aWrongMasterPasswordIsSaidPlainlyAndTheDialogStaysForAnotherTry() {
        vault.setUp("dupont-Bakery-2026".toCharArray(), Duration.ofMinutes(15));
        vault.lock();
        DialogFixture dialog = show(MasterPasswordModel.Mode.UNLOCK);
        assertThat(title(dialog)).isEqualTo("Unlock the stored passwords");
        assertThat(showing(dialog, "masterPasswordConfirmation")).isFalse();

        dialog.textBox("masterPassword").enterText("dupont-Bakery-2025");
        dialog.button("ok").click();

        pause(new Condition("the wrong password is reported") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> dialog.label("problem").target().getText())
                        .equals("Wrong master password. Nothing was decrypted or changed.");
            }
        }, timeout(20_000));
        dialog.textBox("masterPassword").requireText("");
        dialog.requireVisible();
        assertThat(vault.isUnlocked()).isFalse();

        dialog.textBox("masterPassword").enterText("dupont-Bakery-2026");
        dialog.button("ok").click();

        waitUntilClosed();
        assertThat(result.get()).isTrue();
        assertThat(vault.isUnlocked()).isTrue();
    }

    @Test
    void forgotSwitchesToANewMasterPasswordThatDeletesTheStoredOnes() {
        vault.setUp("dupont-Bakery-2026".toCharArray(), Duration.ofMinutes(15));
        vault.lock();
        DialogFixture dialog = show(MasterPasswordModel.Mode.UNLOCK);

        dialog.button("forgot").click();

        assertThat(title(dialog)).isEqualTo("Forgotten master password");
        dialog.button("ok").requireText("Delete the passwords and set");
        assertThat(showing(dialog, "masterPasswordConfirmation")).isTrue();
        dialog.button("cancel").click();
        waitUntilClosed();
        assertThat(result.get()).isFalse();
        assertThat(vault.isUnlocked()).isFalse();
    }
}
