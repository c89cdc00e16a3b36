package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.core.history.Undoable;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Edit → Sheet language…: one language for several customers chosen in one list, one operation in the history. */
class SheetLanguageDialogTest extends GuiTest {

    @TempDir
    Path folder;

    @Test
    void givesTheChosenCustomersOneSheetLanguageAsOneUndoableOperation() {
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        var customers = console.workbench.store().repositories().customers();
        customers.insert(Customer.create("Boulangerie Dupont", SheetLanguage.EN));
        customers.insert(Customer.create("Cabinet Rossi", SheetLanguage.IT));
        customers.insert(Customer.create("Garage Meier", SheetLanguage.EN));
        FrameFixture window = console.show(Locale.FRENCH, Theme.LIGHT);
        console.waitForCustomer("Boulangerie Dupont");

        JMenuItem item = (JMenuItem) robot.finder().findByName(window.target(), "menuSheetLanguage", JMenuItem.class, false);
        SwingUtilities.invokeLater(item::doClick);
        DialogFixture dialog = dialog("sheetLanguageDialog");
        dialog.list("customers").requireSelectedItems("Boulangerie Dupont");
        dialog.list("customers").selectItems("Boulangerie Dupont", "Garage Meier");
        dialog.comboBox("sheetLanguage").selectItem("français");
        eventually(() -> dialog.button("ok").requireEnabled());
        dialog.list("customers").clearSelection();
        eventually(() -> dialog.button("ok").requireDisabled());
        dialog.list("customers").selectItems("Boulangerie Dupont", "Garage Meier");
        eventually(() -> dialog.button("ok").requireEnabled());
        press(dialog.button("ok"));

        waitUntil("saved", () -> customers.findByName("Garage Meier").orElseThrow().sheetLanguage() == SheetLanguage.FR);
        assertThat(customers.findByName("Boulangerie Dupont").orElseThrow().sheetLanguage()).isEqualTo(SheetLanguage.FR);
        assertThat(customers.findByName("Cabinet Rossi").orElseThrow().sheetLanguage()).isEqualTo(SheetLanguage.IT);
        Undoable last = console.workbench.history().lastUndoable().orElseThrow();
        assertThat(last.entries()).as("one operation for both customers").hasSize(2);

        console.workbench.history().undoLast();
        assertThat(customers.findByName("Boulangerie Dupont").orElseThrow().sheetLanguage()).isEqualTo(SheetLanguage.EN);
        assertThat(customers.findByName("Garage Meier").orElseThrow().sheetLanguage()).isEqualTo(SheetLanguage.EN);
        GuiActionRunner.execute(() -> window.target().dispose());
    }
}
