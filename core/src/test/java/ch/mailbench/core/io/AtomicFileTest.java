package ch.mailbench.core.io;

import ch.mailbench.core.io.AtomicFile.Access;
import ch.mailbench.core.io.testing.ScratchDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesARegularFileAndLeavesNothingElse() throws Exception {
        Path target = Files.writeString(folder.resolve("out.csv"), "old");

        AtomicFile.write(target, Access.OWNER_ONLY, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("out.csv");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(folder.resolve("out.csv"), "old");

        assertThatThrownBy(() -> AtomicFile.write(target, Access.OWNER_ONLY, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFileException.class)
                .hasMessage("Cannot write " + target + ": the disk is full (No space left on device). Nothing was changed at out.csv.");

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names()).containsExactly("out.csv");
    }

    @Test
    void refusesAFolderADeviceAndASymbolicLink() throws Exception {
        Path emptyFolder = Files.createDirectory(folder.resolve("empty"));
        Path link = Files.createSymbolicLink(folder.resolve("link.pdf"), Files.writeString(folder.resolve("real.pdf"), "real"));

        assertThatThrownBy(() -> AtomicFile.write(emptyFolder, Access.AS_UMASK, out -> out.write(1)))
                .isInstanceOf(OutputFileException.class).hasMessageContaining("it is a folder; only a regular file is replaced");
        assertThatThrownBy(() -> AtomicFile.write(Path.of("/dev/full"), Access.AS_UMASK, out -> out.write(1)))
                .hasMessageContaining("Cannot write /dev/full: it is not a regular file (a device, pipe or socket)");
        assertThatThrownBy(() -> AtomicFile.write(link, Access.AS_UMASK, out -> out.write(1)))
                .hasMessageContaining("it is a symbolic link");

        assertThat(Files.isDirectory(emptyFolder)).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(folder.resolve("real.pdf"))).isEqualTo("real");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
        assertThat(names()).containsExactly("empty", "link.pdf", "real.pdf");
    }

    @Test
    void aMissingFolderIsNamedWithItsCause() throws Exception {
        Path blocker = Files.writeString(folder.resolve("file"), "x");

        assertThatThrownBy(() -> AtomicFile.write(blocker.resolve("out.csv"), Access.AS_UMASK, out -> out.write(1)))
                .hasMessageStartingWith("Cannot write " + blocker.resolve("out.csv") + ": ")
                .hasMessageContaining("Not a directory");
    }

    @Test
    void aFullDiskKeepsTheOldFileAndSaysTheDiskIsFull() throws Exception {
        try (ScratchDisk disk = ScratchDisk.mount(folder.resolve("small"), 256)) {
            Path target = Files.writeString(disk.folder().resolve("backup.db"), "old backup");
            disk.fill();

            assertThatThrownBy(() -> AtomicFile.write(target, Access.OWNER_ONLY, out -> out.write(new byte[512 * 1024])))
                    .isInstanceOf(OutputFileException.class)
                    .hasMessage("Cannot write " + target + ": the disk is full (No space left on device). Nothing was changed at backup.db.");

            assertThat(Files.readString(target)).isEqualTo("old backup");
            try (Stream<Path> files = Files.list(disk.folder())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("backup.db", "filler");
            }
        }
    }

    @Test
    void aReadOnlyFileSystemIsNamed() throws Exception {
        try (ScratchDisk disk = ScratchDisk.mount(folder.resolve("ro"), 64)) {
            disk.makeReadOnly();
            Path target = disk.folder().resolve("out.pdf");

            assertThatThrownBy(() -> AtomicFile.write(target, Access.AS_UMASK, out -> out.write(1)))
                    .hasMessageStartingWith("Cannot write " + target + ": the disk or folder is read-only (Read-only file system)");
        }
    }

    @Test
    void aSharedFileFollowsTheUmask() throws Exception {
        Path target = folder.resolve("config-v1.1.xml");

        AtomicFile.write(target, Access.AS_UMASK, out -> out.write('x'));

        assertThat(Files.getPosixFilePermissions(target)).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }
}
