package ch.mailbench.app.ui.data;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.vault.UnlockHandler;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Export CSV… after the choice and the file: written in the background, with passwords only through the vault. */
class ExportActionTest extends GuiTest {

    @TempDir
    Path folder;

    private Workbench workbench;
    private JFrame frame;
    private Mailbox mailbox;

    @BeforeEach
    void open() {
        workbench = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000)
                .open(folder.resolve("m.db"));
        Customer customer = workbench.store().repositories().customers().insert(Customer.create("Garage Meier", SheetLanguage.DE));
        MailDomain domain = workbench.store().repositories().domains().insert(
                MailDomain.create(customer.id(), DomainName.of("garage-meier.ch"), "", ServerSettings.unknown()));
        mailbox = workbench.store().repositories().mailboxes().insert(
                Mailbox.create(domain.id(), EmailAddress.parse("info@garage-meier.ch"), "Info"));
        workbench.vault().setUp("a long master password".toCharArray(), Duration.ofMinutes(15));
        workbench.vault().storePassword(mailbox.id(), "Winter2026!".toCharArray());
        frame = show(() -> {
            JFrame window = new JFrame("Mailbench");
            window.setSize(900, 600);
            return window;
        }).targetCastedTo(JFrame.class);
    }

    private ExportAction action(UnlockHandler unlock) {
        return GuiActionRunner.execute(() -> new ExportAction(frame, workbench.store(), workbench.vault(), unlock,
                new DataMessages(Locale.GERMAN), new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.GERMAN))));
    }

    @Test
    void withoutPasswordsTheFileHoldsTheMailboxesOnly() throws Exception {
        Path target = folder.resolve("kunden.csv");

        GuiActionRunner.execute(() -> action(UnlockHandler.stayLocked()).exportTo(target, false));

        JOptionPaneFixture done = JOptionPaneFinder.findOptionPane().withTimeout(PATIENCE.duration()).using(robot);
        assertThat(done.target().getMessage().toString()).isEqualTo("1 Postfach/Postfächer nach " + target + " exportiert.");
        String csv = Files.readString(target);
        assertThat(csv).contains("info@garage-meier.ch").contains(";").doesNotContain("Winter2026!");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void withPasswordsALockedVaultIsUnlockedFirstAndNothingIsWrittenWhenItStaysLocked() throws Exception {
        workbench.vault().lock();
        Path refused = folder.resolve("refused.csv");

        GuiActionRunner.execute(() -> action(UnlockHandler.stayLocked()).exportTo(refused, true));

        JOptionPaneFixture failed = JOptionPaneFinder.findOptionPane().withTimeout(PATIENCE.duration()).using(robot);
        assertThat(failed.target().getMessage().toString()).startsWith("Der Export ist fehlgeschlagen: ");
        failed.okButton().click();
        // The next message is looked up only once this one is gone: a lookup before would find it again.
        waitUntil("the failure message is closed", () -> !failed.target().isShowing());
        assertThat(refused).doesNotExist();

        Path target = folder.resolve("mit-passwoertern.csv");
        GuiActionRunner.execute(() -> action(vault -> {
            vault.unlock("a long master password".toCharArray());
            return true;
        }).exportTo(target, true));

        JOptionPaneFixture done = JOptionPaneFinder.findOptionPane().withTimeout(PATIENCE.duration()).using(robot);
        assertThat(done.target().getMessage().toString()).contains("Klartext");
        assertThat(Files.readString(target)).contains("Winter2026!");
    }
}
