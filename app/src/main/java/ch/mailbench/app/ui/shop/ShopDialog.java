package ch.mailbench.app.ui.shop;

import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.Widgets;
import ch.mailbench.app.ui.dialog.FormDialog;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.sheet.PaperSize;
import ch.mailbench.core.sheet.ShopSettings;
import net.miginfocom.swing.MigLayout;

import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Image;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * File → Shop settings…: the business name, contact lines, logo (with a preview) and paper size
 * printed on every sheet — what {@code mailbench shop} sets. The logo file is read in the background.
 */
public final class ShopDialog extends FormDialog<ShopForm> {

    private static final int PREVIEW_HEIGHT = 64;

    private final JLabel preview = new JLabel();
    private final JLabel logoProblem = new JLabel(" ");
    private final TaskExecutor tasks;
    private final ShopMessages texts;

    /** @param messages the console's texts (OK, Cancel, errors); {@code texts} this dialog's own */
    public ShopDialog(Window owner, ShopForm form, Messages messages, ShopMessages texts, TaskExecutor tasks, Saver<ShopForm> saver) {
        super(owner, "shopDialog", texts.get("shop.title"), form, messages, saver);
        this.tasks = tasks;
        this.texts = texts;
        row(texts.get("shop.name"), binder.text(ShopForm.NAME, form::setName, 28), null);
        row(texts.get("shop.contact"), scrolled(binder.area(ShopForm.CONTACT, form::setContact, 4)), null);
        preview.setName("logoPreview");
        logoProblem.setName("logoProblem");
        JButton choose = Widgets.button("chooseLogo", texts.get("shop.logo.choose"), e -> chooseLogo());
        JButton remove = Widgets.button("removeLogo", texts.get("shop.logo.remove"), e -> form.removeLogo());
        binder.enabledWhen(remove, () -> form.logo().isPresent());
        JPanel logo = new JPanel(new MigLayout("insets 0", "[]8[]4[]", "[" + PREVIEW_HEIGHT + "!]"));
        logo.add(preview, "w 160!");
        logo.add(choose);
        logo.add(remove);
        row(texts.get("shop.logo"), logo, null);
        rows.add(logoProblem, "skip 1");
        row(texts.get("shop.paper"), binder.combo(ShopForm.PAPER, List.of(PaperSize.values()), form::setPaper,
                paper -> texts.get("shop.paper." + paper.name())), null);
        row(texts.get("shop.sheetLanguage"), binder.combo(ShopForm.SHEET_LANGUAGE, ShopForm.sheetLanguageChoices(),
                form::setSheetLanguage, choice -> choice instanceof SheetLanguage language
                        ? messages.get("language." + language.name()) : texts.get("shop.sheetLanguage.ui")), null);
        JLabel hint = new JLabel("<html><div style='width:360px'>" + texts.get("shop.hint") + "</div></html>");
        Widgets.smaller(hint);
        rows.add(hint, "span 2, gaptop 8");
        form.addPropertyChangeListener(e -> {
            if (ShopForm.LOGO.equals(e.getPropertyName()) || ShopForm.LOGO_PROBLEM.equals(e.getPropertyName())) {
                showLogo();
            }
        });
        showLogo();
    }

    private void showLogo() {
        Optional<Image> image = model.logo().flatMap(ShopDialog::decode);
        preview.setIcon(image.map(ImageIcon::new).orElse(null));
        preview.setText(image.isPresent() ? null : texts.get(model.logo().isPresent() ? "shop.logo.unreadable" : "shop.logo.none"));
        logoProblem.setForeground(UIManager.getColor("Actions.Red"));
        logoProblem.setText(model.logoProblem().isEmpty() ? " " : model.logoProblem());
    }

    /** The logo scaled to the preview's height (never up); empty when the bytes are no image Java can read. */
    private static Optional<Image> decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, Math.min((double) PREVIEW_HEIGHT / image.getHeight(), 160.0 / image.getWidth()));
            return Optional.of(image.getScaledInstance(Math.max(1, (int) (image.getWidth() * scale)),
                    Math.max(1, (int) (image.getHeight() * scale)), Image.SCALE_SMOOTH));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void chooseLogo() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("logoChooser");
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("shop.logo.filter"), "png", "jpg", "jpeg"));
        if (chooser.showOpenDialog(dialog) == JFileChooser.APPROVE_OPTION) {
            readLogo(chooser.getSelectedFile().toPath());
        }
    }

    /** Reads {@code file} off the EDT and offers it to the form as the logo. */
    void readLogo(Path file) {
        // A file too large to be a logo is not read at all: the form refuses the empty bytes, naming the file.
        BackgroundTask.of(monitor -> Files.size(file) > ShopSettings.MAX_LOGO_BYTES ? new byte[0] : Files.readAllBytes(file))
                .onSuccess(bytes -> model.chooseLogo(bytes, file.getFileName().toString()))
                .onFailure(e -> model.chooseLogo(new byte[0], file.getFileName().toString()))
                .executeWith(tasks);
    }
}
