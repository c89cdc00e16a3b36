package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.Workbench;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.sheet.SheetOptions;

import javax.swing.JFrame;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import java.util.Locale;
import java.util.function.Supplier;

/** The "Sheet…" entry of the main window: previews the selected customer's pack. */
public final class SheetMenu {

    private SheetMenu() {
    }

    /** A menu item opening the preview of {@code selected}'s pack (every mailbox, with a cover). Call on the EDT. */
    public static JMenuItem item(JFrame frame, Workbench workbench, Supplier<Customer> selected, Locale locale) {
        SheetDialogText text = new SheetDialogText(locale);
        JMenuItem item = new JMenuItem(text.get("menu.sheet"));
        item.setName("menuSheet");
        item.addActionListener(e -> {
            Customer customer = selected.get();
            if (customer == null) {
                JOptionPane.showMessageDialog(frame, text.get("menu.sheet.noCustomer"), text.get("menu.sheet"), JOptionPane.INFORMATION_MESSAGE);
                return;
            }
            new SheetPreviewDialog(frame, customer.name(),
                    options -> workbench.sheets().toPdf(workbench.sheets().forCustomer(customer.name(), options)),
                    SheetOptions.defaults(), customer.sheetLanguage(), locale).show();
        });
        return item;
    }
}
