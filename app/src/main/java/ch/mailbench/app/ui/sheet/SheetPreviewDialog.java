package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.SaveChooser;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.Device;
import ch.mailbench.core.sheet.SheetOptions;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Print preview of setup sheets: the PDF as PDFBox draws it, page by page, with zoom; the print
 * options (language, devices, password) recompose it; prints through the OS print dialog and saves
 * the PDF. A thin view of {@link SheetPreviewModel}; the document lives in {@link SheetPageRenderer}.
 * Build and use on the EDT.
 */
public final class SheetPreviewDialog {

    private final SheetDialogText text;
    private final SheetPreviewModel model;
    private final SheetPrinting printing;
    private final JDialog dialog;
    private final JComboBox<SheetLanguage> language = new JComboBox<>(SheetLanguage.values());
    private final Map<Device, JCheckBox> devices = new EnumMap<>(Device.class);
    private final JCheckBox includePassword = new JCheckBox();
    private final JButton previous = new JButton();
    private final JButton next = new JButton();
    private final JLabel pageLabel = new JLabel();
    private final JComboBox<String> zoom = new JComboBox<>();
    private final JLabel pageImage = new JLabel();
    private final JLabel status = new JLabel();
    private final JButton save = new JButton();
    private final JButton print = new JButton();

    /**
     * @param source composes the PDF for the chosen options, off the EDT
     * @param tasks  runs the composing, drawing, saving and printing
     */
    public SheetPreviewDialog(Window owner, String subject, SheetPageRenderer.SheetSource source, SheetOptions initial,
                              SheetLanguage initialLanguage, Locale uiLocale, TaskExecutor tasks) {
        this.text = new SheetDialogText(uiLocale);
        ErrorTexts errors = new ErrorTexts(new Messages(uiLocale));
        this.model = new SheetPreviewModel(new SheetPageRenderer(source, tasks), tasks, text, errors, initial, initialLanguage);
        this.printing = new SheetPrinting(tasks, text, errors);
        this.dialog = new JDialog(owner, text.format("dialog.title", subject), Dialog.ModalityType.MODELESS);
        dialog.setName("sheetPreview");
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                model.close();
            }
        });
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[][grow,fill][]"));
        content.add(options(), "wrap");
        pageImage.setName("pageImage");
        pageImage.setHorizontalAlignment(SwingConstants.CENTER);
        JScrollPane scroll = new JScrollPane(pageImage);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        content.add(scroll, "wrap");
        content.add(buttonBar());
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(print);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        bindKey(KeyEvent.VK_PAGE_DOWN, "nextPage", model::next);
        bindKey(KeyEvent.VK_PAGE_UP, "previousPage", model::previous);
        model.addListener(this::showModel);
        // Wide enough for the options row and the button bar in the longest language; tall for a page.
        dialog.pack();
        dialog.setSize(Math.max(dialog.getWidth() + 20, 900), 960);
        Widgets.placeOnScreen(dialog, owner);
        showModel();
    }

    /** Shows the dialog and composes the first preview. */
    public void show() {
        dialog.setVisible(true);
        model.compose();
    }

    JDialog dialog() {
        return dialog;
    }

    private JPanel options() {
        language.setName("language");
        language.setSelectedItem(model.language());
        language.setRenderer((list, value, index, selected, focused) -> {
            JLabel label = new JLabel(value == null ? "" : text.get("language." + value.code()));
            label.setOpaque(selected);
            label.setBackground(list.getSelectionBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            label.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
            return label;
        });
        language.addActionListener(e -> model.setLanguage((SheetLanguage) language.getSelectedItem()));
        JPanel options = new JPanel(new MigLayout("insets 0, gap 12", "[][]20[]"));
        options.add(new JLabel(text.get("language")));
        options.add(language);
        options.add(new JLabel(text.get("devices")), "split " + (Device.values().length + 1));
        for (Device device : Device.values()) {
            JCheckBox box = new JCheckBox(text.get("device." + device.code()), model.hasDevice(device));
            box.setName("device." + device.code());
            box.addActionListener(e -> model.setDevice(device, box.isSelected()));
            devices.put(device, box);
            options.add(box);
        }
        includePassword.setText(text.get("includePassword"));
        includePassword.setToolTipText(text.get("includePassword.tip"));
        includePassword.setName("includePassword");
        includePassword.setSelected(model.includePassword());
        includePassword.addActionListener(e -> model.setIncludePassword(includePassword.isSelected()));
        options.add(includePassword, "gapleft 20");
        return options;
    }

    private JPanel buttonBar() {
        button(previous, "previousPage", "previous", model::previous);
        button(next, "nextPage", "next", model::next);
        pageLabel.setName("pageLabel");
        for (int percent : SheetPreviewModel.ZOOMS) {
            zoom.addItem(percent + " %");
        }
        zoom.setName("zoom");
        zoom.setSelectedItem(model.zoomPercent() + " %");
        zoom.addActionListener(e -> model.setZoomPercent(SheetPreviewModel.ZOOMS[Math.max(0, zoom.getSelectedIndex())]));
        status.setName("status");
        button(save, "save", "save", this::saveAs);
        button(print, "print", "print", this::print);
        JButton close = Widgets.button("close", text.get("close"), e -> dialog.dispose());
        JPanel bar = new JPanel(new MigLayout("insets 0, fill", "[][][]12[][]12[grow,fill][button,fill][button,fill][button,fill]"));
        bar.add(previous);
        bar.add(pageLabel, "w 110!, center");
        bar.add(next);
        bar.add(new JLabel(text.get("zoom")));
        bar.add(zoom);
        // May shrink below its text (kept whole in the tooltip), so a long message never pushes the buttons out.
        bar.add(status, "wmin 0");
        bar.add(save);
        bar.add(print);
        bar.add(close);
        return bar;
    }

    /** Names and labels a button this dialog keeps as a field (it enables them as the preview changes). */
    private JButton button(JButton button, String name, String key, Runnable action) {
        button.setName(name);
        Widgets.applyText(button, text.get(key));
        button.addActionListener(e -> action.run());
        return button;
    }

    private void bindKey(int key, String name, Runnable action) {
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), name);
        dialog.getRootPane().getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private void showModel() {
        pageImage.setIcon(model.image().map(ImageIcon::new).orElse(null));
        pageImage.revalidate();
        status.setText(model.status());
        status.setToolTipText(model.status());
        pageLabel.setText(model.ready() ? text.format("page", model.page() + 1, model.pageCount()) : "");
        previous.setEnabled(model.canGoBack());
        next.setEnabled(model.canGoForward());
        save.setEnabled(model.canSave());
        print.setEnabled(model.canPrint());
    }

    private void saveAs() {
        SaveChooser.ask(dialog, "saveChooser", "pdf", dialog.getTitle()).ifPresent(model::save);
    }

    private void print() {
        model.pdf().ifPresent(pdf -> printing.print(pdf, dialog.getTitle(), model::showStatus));
    }
}
