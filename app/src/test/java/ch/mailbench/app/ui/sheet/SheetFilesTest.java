package ch.mailbench.app.ui.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Save as PDF writes the whole file or nothing, and never through a link. */
class SheetFilesTest {

    @TempDir
    Path folder;

    @Test
    void replacesAnOldFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(folder.resolve("dupont.pdf"), "old sheet, longer than the new one");

        Path saved = SheetFiles.writeAtomically(target, "%PDF-new".getBytes());

        assertThat(saved).isEqualTo(target.toAbsolutePath());
        assertThat(Files.readString(target)).isEqualTo("%PDF-new");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void refusesToWriteThroughALinkOrOverAFolder() throws IOException {
        Path elsewhere = Files.writeString(folder.resolve("elsewhere.txt"), "keep me");
        Path link = Files.createSymbolicLink(folder.resolve("link.pdf"), elsewhere);
        Path directory = Files.createDirectory(folder.resolve("folder.pdf"));

        assertThatThrownBy(() -> SheetFiles.writeAtomically(link, "%PDF-".getBytes()))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> SheetFiles.writeAtomically(directory, "%PDF-".getBytes()))
                .isInstanceOf(FileSystemException.class).hasMessageContaining("not a regular file");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("keep me");
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(3);
        }
    }
}
