package ch.mailbench.app.ui.vault;

import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.AppFactory;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.persistence.DatabaseLocation;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
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

/** The master password dialog on a real (virtual) screen over a real database. */
class MasterPasswordDialogTest extends GuiTest {

    @TempDir
    Path folder;

    private Vault vault;
    private final AtomicReference<Boolean> result = new AtomicReference<>();

    @BeforeEach
    void openVault() {
        vault = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000)
                .open(folder.resolve("m.db")).vault();
    }

    private DialogFixture show(MasterPasswordModel.Mode mode) {
        MasterPasswordDialog dialog = GuiActionRunner.execute(() ->
                new MasterPasswordDialog(null, vault, new MasterPasswordModel(mode, Duration.ofMinutes(15), new VaultMessages(Locale.ENGLISH)), new VaultMessages(Locale.ENGLISH),
                        new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.ENGLISH))));
        SwingUtilities.invokeLater(() -> result.set(dialog.showAndWait()));
        return dialog("masterPasswordDialog");
    }

    private static boolean showing(DialogFixture dialog, String name) {
        return GuiActionRunner.execute(() -> dialog.robot().finder().findByName(dialog.target(), name, false).isShowing());
    }

    private static String title(DialogFixture dialog) {
        return GuiActionRunner.execute(() -> dialog.target().getTitle());
    }

    private void waitUntilClosed() {
        waitUntil("the dialog closed with a result", () -> result.get() != null);
    }

    @Test
    void firstUseAsksTwiceHintsAtTheStrengthAndSetsTheMasterPassword() {
        DialogFixture dialog = show(MasterPasswordModel.Mode.SET_UP);
        assertThat(title(dialog)).isEqualTo("Set a master password");
        assertThat(showing(dialog, "currentMasterPassword")).isFalse();
        assertThat(showing(dialog, "forgot")).isFalse();

        type(dialog.textBox("masterPassword"), "dupont");
        eventually(() -> dialog.label("strengthHint").requireText("Too short: at least 8 characters"));
        eventually(() -> dialog.button("ok").requireDisabled());

        type(dialog.textBox("masterPassword"), "-Bakery-2026");
        eventually(() -> dialog.label("strengthHint").requireText("Strong"));
        type(dialog.textBox("masterPasswordConfirmation"), "dupont-Bakery-2025");
        eventually(() -> dialog.label("problem").requireText("The two entries differ."));
        eventually(() -> dialog.button("ok").requireDisabled());
        fill(dialog.textBox("masterPasswordConfirmation"), "dupont-Bakery-2026");
        eventually(() -> dialog.label("problem").requireText(" "));
        eventually(() -> dialog.button("ok").requireEnabled());
        press(dialog.button("ok"));

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

        type(dialog.textBox("masterPassword"), "dupont-Bakery-2025");
        press(dialog.button("ok"));

        waitForText(dialog, "problem", "Wrong master password. Nothing was decrypted or changed.");
        dialog.textBox("masterPassword").requireText("");
        dialog.requireVisible();
        assertThat(vault.isUnlocked()).isFalse();

        type(dialog.textBox("masterPassword"), "dupont-Bakery-2026");
        press(dialog.button("ok"));

        waitUntilClosed();
        assertThat(result.get()).isTrue();
        assertThat(vault.isUnlocked()).isTrue();
    }

    @Test
    void forgotSwitchesToANewMasterPasswordThatDeletesTheStoredOnes() {
        vault.setUp("dupont-Bakery-2026".toCharArray(), Duration.ofMinutes(15));
        vault.lock();
        DialogFixture dialog = show(MasterPasswordModel.Mode.UNLOCK);

        press(dialog.button("forgot"));

        eventually(() -> assertThat(title(dialog)).isEqualTo("Forgotten master password"));
        dialog.button("ok").requireText("Delete the passwords and set");
        assertThat(showing(dialog, "masterPasswordConfirmation")).isTrue();
        press(dialog.button("cancel"));
        waitUntilClosed();
        assertThat(result.get()).isFalse();
        assertThat(vault.isUnlocked()).isFalse();
    }
}
