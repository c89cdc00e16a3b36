package ch.mailbench.app.ui;

import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The "Save as" question for a file of one type, the same in every dialog that saves a report or a PDF. Use on the EDT. */
public final class SaveChooser {

    private SaveChooser() {
    }

    /**
     * Asks where to save: the chooser is named {@code name} (GUI tests find it so), shows only
     * {@code extension} files and proposes {@code suggestedName} with the characters no file system
     * takes replaced. The extension is added when the technician left it out. Empty when cancelled.
     */
    public static Optional<Path> ask(Component owner, String name, String extension, String suggestedName) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName(name);
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(Locale.ROOT), extension));
        chooser.setSelectedFile(new File(suggestedName.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        return Optional.of(chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + "." + extension));
    }
}
