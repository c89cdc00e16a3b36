package ch.mailbench.app.ui.vault;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.ui.form.FormModel;
import ch.mailbench.core.vault.PasswordStrength;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.core.vault.VaultState;
import ch.mailbench.persistence.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The master password dialog's behaviour, without a screen, over a real database. */
class MasterPasswordModelTest {

    private static final VaultMessages MESSAGES = new VaultMessages(Locale.ENGLISH);

    @TempDir
    Path folder;

    private Vault vault() {
        Workbench workbench = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000)
                .open(folder.resolve("m.db"));
        return workbench.vault();
    }

    @Test
    void settingUpNeedsTwoMatchingEntriesOfAtLeastEightCharactersAndRatesThem() {
        MasterPasswordModel model = new MasterPasswordModel(MasterPasswordModel.Mode.SET_UP, Duration.ofMinutes(15), MESSAGES);
        List<String> events = new ArrayList<>();
        model.addPropertyChangeListener(e -> events.add(e.getPropertyName()));

        model.setPassword("short".toCharArray());
        assertThat(model.strength()).contains(PasswordStrength.TOO_SHORT);
        assertThat(model.canSubmit()).isFalse();

        model.setPassword("Bakery-Dupont-2026".toCharArray());
        model.setConfirmation("Bakery-Dupont-2025".toCharArray());
        assertThat(model.strength()).contains(PasswordStrength.STRONG);
        assertThat(model.problemKey()).contains("vault.error.mismatch");
        assertThat(model.canSubmit()).isFalse();

        model.setConfirmation("Bakery-Dupont-2026".toCharArray());
        assertThat(model.problemKey()).isEmpty();
        assertThat(model.canSubmit()).isTrue();
        assertThat(events).contains(MasterPasswordModel.PASSWORD, MasterPasswordModel.CONFIRMATION, FormModel.ERRORS, FormModel.VALID);
    }

    @Test
    void setsUpUnlocksAndChangesTheRealVault() {
        Vault vault = vault();
        MasterPasswordModel setUp = new MasterPasswordModel(MasterPasswordModel.Mode.SET_UP, Duration.ofMinutes(15), MESSAGES);
        setUp.setPassword("Bakery-Dupont-2026".toCharArray());
        setUp.setConfirmation("Bakery-Dupont-2026".toCharArray());
        setUp.setIdleMinutes(7);

        assertThat(setUp.submit().applyTo(vault)).isEqualTo(MasterPasswordModel.Outcome.DONE);
        assertThat(vault.idleLock()).isEqualTo(Duration.ofMinutes(7));
        vault.lock();

        MasterPasswordModel unlock = new MasterPasswordModel(MasterPasswordModel.Mode.UNLOCK, vault.idleLock(), MESSAGES);
        assertThat(unlock.strength()).as("no hint while unlocking").isEmpty();
        unlock.setPassword("Bakery-Dupont-2025".toCharArray());
        MasterPasswordModel.Outcome wrong = unlock.submit().applyTo(vault);
        unlock.show(wrong);
        assertThat(wrong).isEqualTo(MasterPasswordModel.Outcome.WRONG_PASSWORD);
        assertThat(unlock.problemKey()).contains("vault.error.wrong");
        assertThat(unlock.canSubmit()).as("what was typed is cleared after a try").isFalse();
        assertThat(vault.state()).isEqualTo(VaultState.LOCKED);

        unlock.setPassword("Bakery-Dupont-2026".toCharArray());
        assertThat(unlock.problemKey()).as("typing again clears the error").isEmpty();
        assertThat(unlock.submit().applyTo(vault)).isEqualTo(MasterPasswordModel.Outcome.DONE);
        assertThat(vault.isUnlocked()).isTrue();

        MasterPasswordModel change = new MasterPasswordModel(MasterPasswordModel.Mode.CHANGE, vault.idleLock(), MESSAGES);
        change.setPassword("Garage-Meier-Zurich".toCharArray());
        change.setConfirmation("Garage-Meier-Zurich".toCharArray());
        assertThat(change.canSubmit()).as("the current password is needed too").isFalse();
        change.setCurrent("Bakery-Dupont-2026".toCharArray());
        assertThat(change.submit().applyTo(vault)).isEqualTo(MasterPasswordModel.Outcome.DONE);
        vault.lock();
        vault.unlock("Garage-Meier-Zurich".toCharArray());
        assertThat(vault.isUnlocked()).isTrue();
    }

    @Test
    void forgettingSwitchesToAResetThatChoosesANewPassword() {
        MasterPasswordModel model = new MasterPasswordModel(MasterPasswordModel.Mode.UNLOCK, Duration.ofMinutes(15), MESSAGES);
        model.setPassword("typed".toCharArray());

        model.setMode(MasterPasswordModel.Mode.RESET);

        assertThat(model.mode()).isEqualTo(MasterPasswordModel.Mode.RESET);
        assertThat(model.canSubmit()).isFalse();
        model.setPassword("new master 2026".toCharArray());
        assertThat(model.strength()).isEqualTo(Optional.of(PasswordStrength.STRONG));
    }
}
