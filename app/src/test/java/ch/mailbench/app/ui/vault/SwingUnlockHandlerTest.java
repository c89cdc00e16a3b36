package ch.mailbench.app.ui.vault;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.vault.Vault;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The unlock dialog a background task opens speaks the console's language of the moment. */
class SwingUnlockHandlerTest extends GuiTest {

    @TempDir
    Path folder;

    @Test
    void asksInTheLanguageChosenAfterTheDatabaseWasOpened() throws Exception {
        Vault vault = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000)
                .open(folder.resolve("m.db")).vault();
        vault.setUp("dupont-Bakery-2026".toCharArray(), Duration.ofMinutes(15));
        vault.lock();
        AtomicReference<Locale> language = new AtomicReference<>(Locale.ENGLISH);
        SwingUnlockHandler handler = new SwingUnlockHandler(language::get, new SwingTaskExecutor());
        language.set(Locale.FRENCH);

        // An own thread stands for the background task: the shared fork-join pool may be busy with other tests' work.
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<Boolean> unlocked = background.submit(() -> handler.unlock(vault));
        background.shutdown();
        waitUntil("the dialog shows (or the handler ended)", () -> unlocked.isDone() || GuiActionRunner.execute(() ->
                java.util.Arrays.stream(java.awt.Window.getWindows()).anyMatch(w -> "masterPasswordDialog".equals(w.getName()) && w.isShowing())));
        if (unlocked.isDone()) {
            throw new AssertionError("The handler ended without asking: " + unlocked.get());
        }
        DialogFixture dialog = dialog("masterPasswordDialog");

        assertThat(GuiActionRunner.execute(() -> dialog.target().getTitle())).isEqualTo("Déverrouiller les mots de passe enregistrés");
        dialog.button("ok").requireText("Déverrouiller");
        type(dialog.textBox("masterPassword"), "dupont-Bakery-2026");
        press(dialog.button("ok"));
        assertThat(unlocked.get()).isTrue();
        assertThat(vault.isUnlocked()).isTrue();
    }
}
