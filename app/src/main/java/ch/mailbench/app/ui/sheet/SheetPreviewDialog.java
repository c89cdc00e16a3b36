package ch.mailbench.app.ui.sheet;

import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.Device;
import ch.mailbench.core.sheet.SheetOptions;
import net.miginfocom.swing.MigLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.swing.AbstractAction;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Print preview of setup sheets: the PDF as PDFBox renders it, page by page, with zoom; the
 * print options (language, devices, password) recompose it. Prints through the OS print dialog
 * and saves the PDF. Self-contained: the caller supplies how to compose the PDF.
 *
 * <p>Every PDF operation (composing, rendering, printing, saving) runs on one background thread,
 * in order, so the document is never used by two threads and the EDT never waits for it.
 */
public final class SheetPreviewDialog {

    /** Composes the PDF for the chosen options. Called off the EDT; throws with a message for the technician. */
    @FunctionalInterface
    public interface SheetSource {
        byte[] pdf(SheetOptions options);
    }

    private static final int[] ZOOMS = {50, 75, 100, 125, 150, 200};

    private final SheetSource source;
    private final SheetDialogText text;
    private final JDialog dialog;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sheet-preview");
        thread.setDaemon(true);
        return thread;
    });

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

    /** Touched only on the worker thread. */
    private PDDocument document;
    /** EDT state. */
    private byte[] pdf;
    private int pageCount;
    private int page;
    private int generation;

    /** Builds the dialog. Call on the EDT. */
    public SheetPreviewDialog(Window owner, String subject, SheetSource source, SheetOptions initial,
                              SheetLanguage initialLanguage, java.util.Locale uiLocale) {
        this.source = source;
        this.text = new SheetDialogText(uiLocale);
        this.dialog = new JDialog(owner, text.format("dialog.title", subject), java.awt.Dialog.ModalityType.MODELESS);
        dialog.setName("sheetPreview");
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                worker.execute(() -> closeDocument());
                worker.shutdown();
            }
        });

        language.setName("language");
        language.setSelectedItem(initial.language().orElse(initialLanguage));
        language.setRenderer((list, value, index, selected, focused) -> {
            JLabel label = new JLabel(value == null ? "" : text.get("language." + value.code()));
            label.setOpaque(selected);
            label.setBackground(list.getSelectionBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            label.setBorder(javax.swing.BorderFactory.createEmptyBorder(2, 4, 2, 4));
            return label;
        });
        language.addActionListener(e -> compose());
        JPanel options = new JPanel(new MigLayout("insets 0, gap 12", "[][]20[]"));
        options.add(new JLabel(text.get("language")));
        options.add(language);
        options.add(new JLabel(text.get("devices")), "split " + (Device.values().length + 1));
        for (Device device : Device.values()) {
            JCheckBox box = new JCheckBox(text.get("device." + device.code()), initial.devices().contains(device));
            box.setName("device." + device.code());
            box.addActionListener(e -> compose());
            devices.put(device, box);
            options.add(box);
        }
        includePassword.setText(text.get("includePassword"));
        includePassword.setToolTipText(text.get("includePassword.tip"));
        includePassword.setName("includePassword");
        includePassword.setSelected(initial.includePassword());
        includePassword.addActionListener(e -> compose());
        options.add(includePassword, "gapleft 20");

        previous.setText(text.get("previous"));
        previous.setName("previousPage");
        previous.addActionListener(e -> showPage(page - 1));
        next.setText(text.get("next"));
        next.setName("nextPage");
        next.addActionListener(e -> showPage(page + 1));
        pageLabel.setName("pageLabel");
        for (int percent : ZOOMS) {
            zoom.addItem(percent + " %");
        }
        zoom.setName("zoom");
        zoom.setSelectedItem("100 %");
        zoom.addActionListener(e -> showPage(page));
        pageImage.setName("pageImage");
        pageImage.setHorizontalAlignment(SwingConstants.CENTER);
        status.setName("status");
        save.setText(text.get("save"));
        save.setName("save");
        save.addActionListener(e -> saveAs());
        print.setText(text.get("print"));
        print.setName("print");
        print.addActionListener(e -> print());
        JButton close = new JButton(text.get("close"));
        close.setName("close");
        close.addActionListener(e -> dialog.dispose());

        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[][grow,fill][]"));
        content.add(options, "wrap");
        JScrollPane scroll = new JScrollPane(pageImage);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        content.add(scroll, "wrap");
        JPanel bar = new JPanel(new MigLayout("insets 0, fill", "[][][]12[][]12[grow,fill][button,fill][button,fill][button,fill]"));
        bar.add(previous);
        bar.add(pageLabel, "w 110!, center");
        bar.add(next);
        bar.add(new JLabel(text.get("zoom")));
        bar.add(zoom);
        bar.add(status);
        bar.add(save);
        bar.add(print);
        bar.add(close);
        content.add(bar);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(print);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        bindPageKeys();
        // Wide enough for the options row and the button bar in the longest language; tall for a page.
        dialog.pack();
        dialog.setSize(Math.max(dialog.getWidth() + 20, 900), 960);
        dialog.setLocationRelativeTo(owner);
        updateControls();
    }

    /** Shows the dialog and composes the first preview. Call on the EDT. */
    public void show() {
        dialog.setVisible(true);
        compose();
    }

    JDialog dialog() {
        return dialog;
    }

    private void bindPageKeys() {
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_DOWN, 0), "nextPage");
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_UP, 0), "previousPage");
        dialog.getRootPane().getActionMap().put("nextPage", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                showPage(page + 1);
            }
        });
        dialog.getRootPane().getActionMap().put("previousPage", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                showPage(page - 1);
            }
        });
    }

    private Optional<SheetOptions> options() {
        Set<Device> chosen = EnumSet.noneOf(Device.class);
        devices.forEach((device, box) -> {
            if (box.isSelected()) {
                chosen.add(device);
            }
        });
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SheetOptions(Optional.of((SheetLanguage) language.getSelectedItem()), chosen, includePassword.isSelected()));
    }

    /** Recomposes the PDF for the current options, then shows its first page. */
    private void compose() {
        int myGeneration = ++generation;
        Optional<SheetOptions> options = options();
        if (options.isEmpty()) {
            pdf = null;
            pageCount = 0;
            pageImage.setIcon(null);
            status.setText(text.get("status.noDevice"));
            updateControls();
            return;
        }
        status.setText(text.get("status.composing"));
        pdf = null;
        updateControls();
        int zoomPercent = zoomPercent();
        worker.execute(new SwingWorker<Rendered, Void>() {
            @Override
            protected Rendered doInBackground() throws IOException {
                byte[] composed = source.pdf(options.get());
                closeDocument();
                document = Loader.loadPDF(composed);
                return new Rendered(composed, document.getNumberOfPages(), 0, render(0, zoomPercent));
            }

            @Override
            protected void done() {
                if (myGeneration != generation) {
                    return;
                }
                try {
                    Rendered rendered = get();
                    pdf = rendered.pdf();
                    pageCount = rendered.pages();
                    showRendered(rendered);
                    status.setText(text.format("status.ready", pageCount));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    pageImage.setIcon(null);
                    pageCount = 0;
                    status.setText(text.format("status.failed", e.getCause().getMessage()));
                }
                updateControls();
            }
        });
    }

    private void showPage(int wanted) {
        if (pdf == null || wanted < 0 || wanted >= pageCount) {
            return;
        }
        int myGeneration = generation;
        int zoomPercent = zoomPercent();
        worker.execute(new SwingWorker<Rendered, Void>() {
            @Override
            protected Rendered doInBackground() throws IOException {
                return new Rendered(null, pageCount, wanted, render(wanted, zoomPercent));
            }

            @Override
            protected void done() {
                if (myGeneration != generation) {
                    return;
                }
                try {
                    showRendered(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    status.setText(text.format("status.failed", e.getCause().getMessage()));
                }
                updateControls();
            }
        });
    }

    /** Worker thread only. */
    private BufferedImage render(int pageIndex, int zoomPercent) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(pageIndex, 72f * zoomPercent / 100f);
    }

    /** Worker thread only. */
    private void closeDocument() {
        if (document != null) {
            try {
                document.close();
            } catch (IOException ignored) {
                // An in-memory document holds no file; closing only releases its buffers.
            }
            document = null;
        }
    }

    private void showRendered(Rendered rendered) {
        page = rendered.page();
        pageImage.setIcon(new ImageIcon(rendered.image()));
        pageImage.revalidate();
    }

    private void updateControls() {
        boolean ready = pdf != null && pageCount > 0;
        pageLabel.setText(ready ? text.format("page", page + 1, pageCount) : "");
        previous.setEnabled(ready && page > 0);
        next.setEnabled(ready && page < pageCount - 1);
        save.setEnabled(ready);
        print.setEnabled(ready);
    }

    private int zoomPercent() {
        return ZOOMS[Math.max(0, zoom.getSelectedIndex())];
    }

    private void saveAs() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("saveChooser");
        chooser.setFileFilter(new FileNameExtensionFilter("PDF", "pdf"));
        chooser.setSelectedFile(new java.io.File(dialog.getTitle().replaceAll("[\\\\/:*?\"<>|]", "_") + ".pdf"));
        if (chooser.showSaveDialog(dialog) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        Path file = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? target
                : target.resolveSibling(target.getFileName() + ".pdf");
        byte[] bytes = pdf;
        worker.execute(new SwingWorker<Path, Void>() {
            @Override
            protected Path doInBackground() throws IOException {
                return Files.write(file, bytes);
            }

            @Override
            protected void done() {
                try {
                    status.setText(text.format("status.saved", get()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    status.setText(text.format("status.failed", e.getCause().getMessage()));
                }
            }
        });
    }

    /** The OS print dialog on the EDT (it is modal), then printing on the worker, from a copy of the document. */
    private void print() {
        byte[] bytes = pdf;
        PDDocument copy;
        try {
            copy = Loader.loadPDF(bytes);
        } catch (IOException e) {
            status.setText(text.format("status.failed", e.getMessage()));
            return;
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(dialog.getTitle());
        job.setPageable(new PDFPageable(copy));
        if (!job.printDialog()) {
            worker.execute(() -> close(copy));
            return;
        }
        worker.execute(new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws PrinterException {
                try {
                    job.print();
                } finally {
                    close(copy);
                }
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    status.setText(text.get("status.printing"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    status.setText(text.format("status.failed", e.getCause().getMessage()));
                }
            }
        });
    }

    private static void close(PDDocument copy) {
        try {
            copy.close();
        } catch (IOException ignored) {
            // In memory: nothing to release but buffers.
        }
    }

    private record Rendered(byte[] pdf, int pages, int page, BufferedImage image) {
    }
}
