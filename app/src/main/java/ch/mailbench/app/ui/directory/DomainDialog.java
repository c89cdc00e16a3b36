package ch.mailbench.app.ui.directory;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.action.SettingsFinder;
import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.core.model.Provider;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicComboBoxEditor;
import java.awt.Window;
import java.util.List;
import java.util.Optional;

/**
 * Creates or edits a domain: its name (Unicode accepted), provider and the default servers of its
 * mailboxes. The provider is a choice from the catalog or free text; choosing one fills its servers
 * (asking first when servers are already filled in).
 */
public final class DomainDialog extends FormDialog<DomainForm> {

    private final List<Provider> providers;

    /**
     * @param providers the catalog's providers, offered in the provider field (loaded by the caller off the EDT)
     * @param finder    "Find settings…", when the discovery feature is installed
     */
    public DomainDialog(Window owner, DomainForm form, Messages messages, Saver<DomainForm> saver,
                        List<Provider> providers, Optional<SettingsFinder> finder) {
        super(owner, "domainDialog", messages.get(form.isNew() ? "domain.new.title" : "domain.edit.title"), form, messages, saver);
        this.providers = List.copyOf(providers);
        row(messages.get("domain.name"), binder.text(DomainForm.NAME, form::setName, 24), DomainForm.NAME);
        JLabel hint = Widgets.label("domainHint", messages.get("domain.name.hint"));
        Widgets.smaller(hint);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        rows.add(hint, "skip 1");
        row(messages.get("domain.provider"), providerChoice(), null);
        ServerRows.add(this, form, messages, finder.map(f -> () -> f.find(dialog, form.addressToFind(), found -> {
            form.useSettings(found.settings());
            found.provider().ifPresent(form::setProvider);
        })));
    }

    /** An editable combo box whose text is the form's provider; picking a catalog entry fills its servers. */
    private JComboBox<String> providerChoice() {
        JTextField text = binder.text(DomainForm.PROVIDER, model::setProvider, 24);
        text.setBorder(null);
        JComboBox<String> choice = new JComboBox<>(providers.stream().map(Provider::name).toArray(String[]::new));
        choice.setName("providerChoice");
        choice.setEditable(true);
        choice.setEditor(new BasicComboBoxEditor() {
            @Override
            protected JTextField createEditorComponent() {
                return text;
            }
        });
        choice.setSelectedIndex(-1);
        text.setText(model.text(DomainForm.PROVIDER));
        choice.addActionListener(e -> {
            int index = choice.getSelectedIndex();
            if ("comboBoxChanged".equals(e.getActionCommand()) && index >= 0) {
                choose(providers.get(index));
            }
        });
        return choice;
    }

    private void choose(Provider provider) {
        if (model.hasServers() && JOptionPane.showConfirmDialog(dialog, messages.format("domain.provider.replace", provider.name()),
                dialog.getTitle(), JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE) != JOptionPane.YES_OPTION) {
            model.setProvider(provider.name());
            return;
        }
        model.useProvider(provider);
    }
}
