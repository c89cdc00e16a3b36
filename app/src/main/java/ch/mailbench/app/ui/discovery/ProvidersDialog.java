package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.ListTableModel;
import ch.mailbench.app.ui.ListTableModel.Column;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.discovery.IspdbImport;
import ch.mailbench.core.discovery.ProviderCatalog;
import ch.mailbench.core.model.Provider;
import ch.mailbench.core.profile.AutoconfigParser;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import java.awt.Dimension;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tools → Providers…: the catalog discovery uses — shipped entries and the technician's own ones.
 * Add, edit and remove own providers; editing a shipped one overrides it, removing the override
 * restores it ("Restore shipped"); import a Thunderbird ISPDB file or folder, its quirks reported.
 * Every read and write runs in the background.
 */
final class ProvidersDialog {

    /** One row: a provider in effect, and whether an own entry hides a shipped one under its key. */
    record Row(Provider provider, boolean overridesShipped) {
    }

    private final ProviderCatalog catalog;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final DiscoveryTexts texts;
    private final ErrorTexts errors;
    private final JDialog dialog;
    private final ListTableModel<Row> rows;
    private final JTable table;
    private final JLabel status = new JLabel(" ");
    private final JButton edit;
    private final JButton remove;

    ProvidersDialog(Window owner, ProviderCatalog catalog, TaskExecutor tasks, Messages messages, DiscoveryTexts texts) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.messages = messages;
        this.texts = texts;
        this.errors = new ErrorTexts(messages);
        dialog = new JDialog(owner, texts.get("providers.title"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("providersDialog");
        rows = new ListTableModel<>(List.of(
                Column.text(texts.get("providers.col.name"), r -> r.provider().name()),
                Column.text(texts.get("providers.col.key"), r -> r.provider().id()),
                Column.text(texts.get("providers.col.origin"), this::origin),
                Column.text(texts.get("providers.col.domains"), r -> String.join(", ", r.provider().domains())),
                Column.text(texts.get("providers.col.servers"), r -> r.provider().servers().stream()
                        .map(s -> s.protocol() + " " + s.host() + ":" + s.port().number()).collect(Collectors.joining(", ")))));
        table = new JTable(rows);
        table.setName("providersTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(860, 320));
        status.setName("providersStatus");

        JButton add = Widgets.button("addProvider", texts.get("providers.add"), e -> edit(Optional.empty()));
        edit = Widgets.button("editProvider", texts.get("providers.edit"), e -> selected().ifPresent(r -> edit(Optional.of(r.provider()))));
        remove = Widgets.button("removeProvider", texts.get("providers.remove"), e -> selected().ifPresent(this::remove));
        JButton importIspdb = Widgets.button("importIspdb", texts.get("providers.import"), e -> importIspdb());
        JButton close = Widgets.button("close", texts.get("find.close"), e -> dialog.dispose());

        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill]", "[grow,fill][][]"));
        content.add(scroll, "wrap");
        content.add(status, "wrap");
        content.add(Widgets.buttonBar(List.of(add, edit, remove, importIspdb), close), "growx, gaptop 12");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(close);
        Widgets.closeOnEscape(dialog, dialog::dispose);
        updateButtons();
    }

    /** Shows the window and loads the catalog in the background. EDT; returns when it is closed. */
    void show() {
        dialog.pack();
        dialog.setLocationRelativeTo(dialog.getOwner());
        reload(Optional.empty());
        dialog.setVisible(true);
    }

    private String origin(Row row) {
        if (row.provider().origin() == Provider.Origin.SHIPPED) {
            return texts.get("providers.origin.shipped");
        }
        return texts.get(row.overridesShipped() ? "providers.origin.override" : "providers.origin.own");
    }

    private void reload(Optional<String> message) {
        BackgroundTask.of(monitor -> catalog.all().stream()
                        .map(p -> new Row(p, p.origin() == Provider.Origin.OWN && catalog.shippedEntry(p.id()).isPresent())).toList())
                .shownAs(texts.get("providers.loading"))
                .onSuccess(loaded -> {
                    rows.show(loaded);
                    status.setText(message.orElse(texts.format("providers.count", loaded.size())));
                    updateButtons();
                })
                .onFailure(e -> status.setText(errors.describe(e)))
                .executeWith(tasks);
    }

    private Optional<Row> selected() {
        int row = table.getSelectedRow();
        return row < 0 ? Optional.empty() : Optional.of(rows.rowAt(table.convertRowIndexToModel(row)));
    }

    private void updateButtons() {
        Optional<Row> row = selected();
        edit.setEnabled(row.isPresent());
        remove.setEnabled(row.map(r -> r.provider().origin() == Provider.Origin.OWN).orElse(false));
        Widgets.applyText(remove, texts.get(row.map(Row::overridesShipped).orElse(false) ? "providers.restore" : "providers.remove"));
    }

    private void edit(Optional<Provider> provider) {
        ProviderForm form = provider.map(p -> ProviderForm.forEdit(p, texts)).orElseGet(() -> ProviderForm.forNew(texts));
        new ProviderDialog(dialog, form, messages, texts, (model, saved, failed) -> {
            Provider toSave = model.toProvider();
            BackgroundTask.of(monitor -> catalog.save(toSave)).shownAs(texts.get("providers.saving"))
                    .onSuccess(stored -> {
                        saved.run();
                        reload(Optional.of(texts.format("providers.saved", stored.name())));
                    })
                    .onFailure(failed)
                    .executeWith(tasks);
        }).show();
    }

    private void remove(Row row) {
        String question = texts.format(row.overridesShipped() ? "providers.restore.confirm" : "providers.remove.confirm", row.provider().name());
        if (JOptionPane.showConfirmDialog(dialog, question, dialog.getTitle(), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        BackgroundTask.of(monitor -> catalog.delete(row.provider().id())).shownAs(texts.get("providers.saving"))
                .onSuccess(done -> reload(Optional.of(texts.format(row.overridesShipped() ? "providers.restored" : "providers.removed",
                        row.provider().name()))))
                .onFailure(e -> status.setText(errors.describe(e)))
                .executeWith(tasks);
    }

    private void importIspdb() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("ispdbChooser");
        chooser.setDialogTitle(texts.get("providers.import.title"));
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        if (chooser.showOpenDialog(dialog) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        importFrom(chooser.getSelectedFile().toPath());
    }

    /** Reads and stores the file or folder in the background, then reports how many and the quirks. EDT. */
    void importFrom(Path path) {
        BackgroundTask.of(monitor -> {
            IspdbImport.Result result = new IspdbImport(new AutoconfigParser()).read(path);
            catalog.saveAll(result.providers());
            return result;
        }).shownAs(texts.format("providers.importing", path.getFileName()))
                .onSuccess(result -> {
                    reload(Optional.of(texts.format("providers.imported", result.providers().size(), result.filesRead(),
                            result.filesRefused(), result.quirks().size())));
                    if (!result.quirks().isEmpty()) {
                        showQuirks(result.quirks());
                    }
                })
                .onFailure(e -> status.setText(errors.describe(e)))
                .executeWith(tasks);
    }

    private void showQuirks(List<String> quirks) {
        JTextArea text = new JTextArea(String.join("\n", quirks), Math.min(12, quirks.size() + 1), 70);
        text.setName("ispdbQuirks");
        text.setEditable(false);
        JOptionPane.showMessageDialog(dialog, new JScrollPane(text), texts.get("providers.quirks"), JOptionPane.INFORMATION_MESSAGE);
    }
}
