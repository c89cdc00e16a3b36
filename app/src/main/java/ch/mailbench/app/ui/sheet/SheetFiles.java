package ch.mailbench.app.ui.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where "Save as PDF" writes. The one method is the seam for core's shared atomic file writer,
 * which replaces it once merged (issue 9, "one atomic file writer").
 */
final class SheetFiles {

    private SheetFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} so that it is either the old file or the whole new one,
     * never half: a temporary file beside it, flushed to disk, then moved over it. Refuses a target
     * that exists and is not a regular file (a folder, a link, a device). Not on the EDT.
     */
    static Path writeAtomically(Path target, byte[] bytes) throws IOException {
        Path file = target.toAbsolutePath();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString(), null, "not a regular file; nothing was written");
        }
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
