package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.app.ui.directory.MailboxDialog;
import ch.mailbench.app.ui.directory.MailboxForm;
import ch.mailbench.app.ui.shop.ShopDialog;
import ch.mailbench.app.ui.shop.ShopForm;
import ch.mailbench.app.ui.shop.ShopMessages;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.app.ui.vault.MailboxPasswordDialog;
import ch.mailbench.app.ui.vault.MasterPasswordDialog;
import ch.mailbench.app.ui.vault.MasterPasswordModel;
import ch.mailbench.app.ui.vault.VaultMessages;
import ch.mailbench.app.ui.verify.VerifyExtension;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;
import ch.mailbench.core.vault.UnlockHandler;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Rectangle;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password, new-mailbox and shop dialogs in English, French and German, light and dark: each
 * fits a 1280×800 screen with every button inside it. With -Dmailbench.screenshots=DIR each, and
 * the tester's transcript, is also saved as a picture to look at (never compared). The fields are
 * filled, not typed: the robot types a key in about 0.2 s, which made this the slowest GUI test
 * (typing is what the keyboard scenarios test; here only what the dialogs then show counts).
 */
class PasswordDialogsOnScreenTest extends GuiTest {

    private static final Rectangle SCREEN = new Rectangle(0, 0, 1280, 800);
    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    private TesterWorld world;
    private JFrame owner;

    @BeforeEach
    void createWorld() {
        world = worlds.world();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, LIGHT", "fr, LIGHT", "de, LIGHT", "en, DARK", "fr, DARK", "de, DARK"})
    void everyDialogFitsTheScreen(String language, Theme theme) {
        Locale locale = Locale.forLanguageTag(language);
        Messages messages = new Messages(locale);
        VaultMessages vaultMessages = new VaultMessages(locale);
        owner = GuiActionRunner.execute(() -> {
            theme.apply();
            JFrame frame = new JFrame("Mailbench");
            frame.setBounds(SCREEN);
            frame.setVisible(true);
            return frame;
        });
        Mailbox mailbox = world.mailbox(FULL_ADDRESS_USER, "Wrong-Pass-4711");
        String name = language + "-" + theme.name().toLowerCase(Locale.ROOT);

        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> new MasterPasswordDialog(owner, world.workbench().vault(),
                new MasterPasswordModel(MasterPasswordModel.Mode.UNLOCK, Duration.ofMinutes(15), vaultMessages), vaultMessages,
                new SwingTaskExecutor(), new ErrorTexts(messages)).showAndWait()));
        look(dialog("masterPasswordDialog"), "master-unlock-" + name);

        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> new MailboxPasswordDialog(owner, world.workbench().vault(),
                UnlockHandler.stayLocked(), mailbox, java.util.Optional.empty(), vaultMessages, new SwingTaskExecutor(), new ErrorTexts(messages)).show()));
        DialogFixture password = dialog("mailboxPasswordDialog");
        fill(password.textBox("mailboxPassword"), "Winter2026!");
        press(password.checkBox("shown"));
        look(password, "mailbox-password-" + name);

        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> new MailboxDialog(owner,
                MailboxForm.forNew(world.domain(), java.util.List.of(world.domain()), messages), messages,
                (model, saved, failed) -> saved.run(), java.util.Optional.empty()).show()));
        DialogFixture newMailbox = dialog("mailboxDialog");
        fill(newMailbox.textBox("localPart"), "info@example.org");
        look(newMailbox, "new-mailbox-" + name);

        ShopMessages shopTexts = new ShopMessages(locale);
        GuiActionRunner.execute(() -> SwingUtilities.invokeLater(() -> new ShopDialog(owner,
                new ShopForm(new ShopSettings("Informatique Rochat", "Rue du Lac 4, 1800 Vevey\n021 555 01 02", Optional.empty(),
                        PaperSize.A4), shopTexts), messages, shopTexts, new SwingTaskExecutor(), (model, saved, failed) -> saved.run()).show()));
        look(dialog("shopDialog"), "shop-" + name);

        VerifyExtension verify = new VerifyExtension(world.workbench().verification(), world.workbench().trustedCertificates(),
                world.workbench().clock(), new SwingTaskExecutor());
        GuiActionRunner.execute(() -> verify.testMailbox(owner, mailbox, locale));
        DialogFixture test = dialog("mailboxTestDialog");
        waitUntil("the test is over", () -> GuiActionRunner.execute(() -> test.button("testButton").target().isEnabled())
                && textOf(test, "progressText").startsWith("✖"));
        test.tabbedPane("tabs").selectTab(2);
        screenshot("transcript-" + name);
        GuiActionRunner.execute(() -> test.target().dispose());
    }

    @AfterEach
    void lightAgain() {
        GuiActionRunner.execute(Theme.LIGHT::apply);
    }

    /** Checks that the dialog and its buttons are inside the screen, saves a picture if asked, closes it. */
    private void look(DialogFixture dialog, String name) {
        dialog.robot().waitForIdle();
        GuiActionRunner.execute(() -> {
            java.awt.Dialog target = dialog.target();
            assertThat(SCREEN.contains(target.getBounds())).as(name + " " + target.getBounds()).isTrue();
            for (Component button : dialog.robot().finder().findAll(target, c -> c instanceof JButton && c.isShowing())) {
                Rectangle onScreen = new Rectangle(button.getLocationOnScreen(), button.getSize());
                assertThat(SCREEN.contains(onScreen)).as(name + " button " + button.getName()).isTrue();
            }
            return null;
        });
        screenshot(name);
        GuiActionRunner.execute(() -> dialog.target().dispose());
    }

}
