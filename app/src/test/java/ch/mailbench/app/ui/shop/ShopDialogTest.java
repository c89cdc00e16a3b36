package ch.mailbench.app.ui.shop;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The shop settings dialog over a real database: what the sheet header prints. */
class ShopDialogTest extends GuiTest {

    @TempDir
    Path folder;

    private Workbench workbench;

    @BeforeEach
    void open() {
        workbench = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000)
                .open(folder.resolve("m.db"));
    }

    @Test
    void setsNameContactLogoAndPaperAndRefusesAFileThatIsNoImage() throws Exception {
        Path png = folder.resolve("logo.png");
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 300, 100);
        graphics.dispose();
        ImageIO.write(image, "png", png.toFile());
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a logo");
        AtomicReference<ShopDialog> shown = new AtomicReference<>();
        ShopMessages texts = new ShopMessages(Locale.FRENCH);
        GuiActionRunner.execute(() -> {
            shown.set(new ShopDialog(null, new ShopForm(workbench.shop().load(), texts), new Messages(Locale.FRENCH), texts,
                    new SwingTaskExecutor(), (form, saved, failed) -> {
                        workbench.shop().save(form.toSettings());
                        saved.run();
                    }));
            SwingUtilities.invokeLater(() -> shown.get().show());
        });
        DialogFixture dialog = dialog("shopDialog");
        dialog.label("logoPreview").requireText("Pas de logo");

        type(dialog.textBox(ShopForm.NAME), "Informatique Rochat");
        type(dialog.textBox(ShopForm.CONTACT), "Rue du Lac 4, 1800 Vevey\n021 555 01 02");
        GuiActionRunner.execute(() -> shown.get().readLogo(png));
        waitUntil("the logo is previewed", () -> GuiActionRunner.execute(() -> ((JLabel) dialog.label("logoPreview").target()).getIcon() != null));
        assertThat(GuiActionRunner.execute(() -> ((JLabel) dialog.label("logoPreview").target()).getIcon().getIconHeight())).isEqualTo(53);
        GuiActionRunner.execute(() -> shown.get().readLogo(text));
        waitForText(dialog, "logoProblem",
                "notes.txt n’a pas été repris : le logo doit être une image PNG ou JPEG d’au plus 1 Mo. Le logo actuel reste.".replace('’', '\''));
        assertThat(GuiActionRunner.execute(() -> ((JLabel) dialog.label("logoPreview").target()).getIcon())).as("the logo stays").isNotNull();
        choose(dialog.comboBox(ShopForm.PAPER), "Letter (US)");
        dialog.comboBox(ShopForm.SHEET_LANGUAGE).requireSelection("Dans la langue de l'interface");
        choose(dialog.comboBox(ShopForm.SHEET_LANGUAGE), "allemand");
        eventually(() -> dialog.button("ok").requireEnabled());
        // Enter (the default button), as the combo box's list may still hold the mouse.
        focus(dialog.textBox(ShopForm.NAME)).pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);

        waitUntil("the dialog closed", () -> !GuiActionRunner.execute(() -> dialog.target().isShowing()));
        waitUntil("saved", () -> workbench.shop().load().name().equals("Informatique Rochat"));
        ShopSettings saved = workbench.shop().load();
        assertThat(saved.contact()).isEqualTo("Rue du Lac 4, 1800 Vevey\n021 555 01 02");
        byte[] logo = Files.readAllBytes(png);
        assertThat(saved.logo()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(logo));
        assertThat(saved.paper()).isEqualTo(PaperSize.LETTER);
        assertThat(saved.sheetLanguage()).contains(ch.mailbench.core.model.SheetLanguage.DE);
    }
}
