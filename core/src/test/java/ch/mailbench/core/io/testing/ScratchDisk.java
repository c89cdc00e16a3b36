package ch.mailbench.core.io.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small tmpfs mounted on a test's own folder, to reproduce a full disk or a read-only file system
 * for real (root ignores file permissions, so chmod alone proves nothing as root). Needs root to
 * mount: other users see the test skipped with that reason. Close it to unmount.
 */
public final class ScratchDisk implements AutoCloseable {

    private final Path folder;

    private ScratchDisk(Path folder) {
        this.folder = folder;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code folder} (created if missing); skips the test when not root. */
    public static ScratchDisk mount(Path folder, int kilobytes) throws IOException, InterruptedException {
        Assumptions.assumeTrue(isRoot(), "skipped: mounting a small tmpfs (full disk, read-only file system) needs root");
        Files.createDirectories(folder);
        run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0755", "tmpfs", folder.toString());
        return new ScratchDisk(folder);
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public Path folder() {
        return folder;
    }

    /** Makes the whole file system read-only, as a write-protected stick or a read-only share. */
    public void makeReadOnly() throws IOException, InterruptedException {
        run("mount", "-o", "remount,ro", folder.toString());
    }

    /** Fills the disk up to the last block. */
    public void fill() throws IOException {
        try (var out = Files.newOutputStream(folder.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // Expected: "No space left on device".
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", folder.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
