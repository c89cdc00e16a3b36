package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JMenuItemFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFileChooser;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swing's own texts — a file chooser's "Save In:", a question's "Cancel" — speak the console's
 * language, not the operating system's (they stayed English in a French console on an English system).
 */
class SwingTextsLanguageTest extends GuiTest {

    @TempDir
    Path folder;

    @Test
    void aFrenchConsoleOnAnEnglishSystemAsksInFrench() {
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        console.addCustomer("Garage Meier", ch.mailbench.core.model.SheetLanguage.FR);
        FrameFixture window = console.show(Locale.FRENCH, Theme.LIGHT);
        console.waitForCustomer("Garage Meier");

        press(new JMenuItemFixture(robot, (JMenuItem) robot.finder().findByName(window.target(), "menuTechnicianName", JMenuItem.class, false)));
        JOptionPaneFixture question = message();
        question.buttonWithText("Annuler").requireVisible();
        GuiActionRunner.execute(() -> SwingUtilities.getWindowAncestor(question.target()).dispose());

        // A chooser as File → Backup… makes one (opening it through the menu costs a modal wait; DialogsFitTest does).
        JFileChooser chooser = GuiActionRunner.execute(() -> {
            JFileChooser made = new JFileChooser();
            made.setDialogType(JFileChooser.SAVE_DIALOG);
            return made;
        });
        assertThat(onEdt(chooser::getLocale)).isEqualTo(Locale.FRENCH);
        assertThat(onEdt(() -> chooser.getUI().getApproveButtonText(chooser))).isEqualTo("Enregistrer");
    }
}
