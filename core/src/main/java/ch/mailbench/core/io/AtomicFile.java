package ch.mailbench.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The one way Mailbench writes a file for the user (exports, backups, sheets, profiles): the
 * content goes to a temporary file beside the target, is flushed to the disk, and only then moved
 * over the target in one atomic rename. A failure at any point leaves the old file as it was and
 * no temporary file behind. Only a missing target or a regular file is ever replaced: a folder, a
 * device, a FIFO, a socket or a symbolic link at the target is refused before anything is written.
 * <p>
 * Either {@link #write(Path, Access, Content)} in one call, or, for a writer that needs a path
 * (SQLite's {@code VACUUM INTO}), {@link #begin(Path, Access)} → write to {@link #temporary()} →
 * {@link #commit()}, in try-with-resources so that {@link #close()} removes an uncommitted copy.
 * Failures are {@link OutputFileException}s naming the target and the cause.
 */
public final class AtomicFile implements AutoCloseable {

    /** Who may read the written file. */
    public enum Access {
        /** Only the owner (0600 where the file system has POSIX permissions): passwords, customer lists. */
        OWNER_ONLY,
        /** As the user's umask allows: files meant to be handed on or published (e.g. an autoconfig file). */
        AS_UMASK
    }

    /** Writes the content; the stream is closed by the caller of this function. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Keeps the temporary name within the 255-byte name limit of common file systems. */
    private static final int MAX_NAME_PREFIX = 40;

    private final Path target;
    private final Path temporary;
    private boolean committed;

    private AtomicFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /** Writes {@code content} to {@code target} atomically (see the class comment). */
    public static void write(Path target, Access access, Content content) {
        try (AtomicFile file = begin(target, access)) {
            try (FileChannel channel = FileChannel.open(file.temporary, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            } catch (IOException e) {
                throw failure(file.target, e);
            } catch (RuntimeException e) {
                // Libraries such as the PDF writer wrap the disk's IOException in their own unchecked type.
                throw ioCause(e).map(io -> (RuntimeException) failure(file.target, io)).orElse(e);
            }
            file.commitWithoutSync();
        }
    }

    /**
     * Refuses a target that is not a regular file or missing, and creates an empty temporary file
     * beside it (creating missing parent folders) with the given access.
     */
    public static AtomicFile begin(Path target, Access access) {
        Path absolute = target.toAbsolutePath().normalize();
        requireReplaceable(absolute);
        Path folder = absolute.getParent();
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve(temporaryName(absolute));
            Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (access == Access.OWNER_ONLY && Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
                Files.newByteChannel(temporary, options, ownerOnly).close();
            } else {
                Files.newByteChannel(temporary, options).close();
            }
            return new AtomicFile(absolute, temporary);
        } catch (IOException e) {
            throw failure(absolute, e);
        }
    }

    /**
     * Throws when something other than a regular file is at {@code target}; a missing target is fine.
     * Symbolic links are not followed: replacing one would silently change where it points.
     */
    public static void requireReplaceable(Path target) {
        Path absolute = target.toAbsolutePath();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw failure(absolute, e);
        }
        String kind = attributes.isRegularFile() ? null
                : attributes.isDirectory() ? "a folder"
                : attributes.isSymbolicLink() ? "a symbolic link (give the path of the file itself)"
                : "not a regular file (a device, pipe or socket)";
        if (kind != null) {
            throw new OutputFileException(absolute, "Cannot write " + absolute + ": it is " + kind
                    + "; only a regular file is replaced. Nothing was written.",
                    new FileSystemException(absolute.toString(), null, "not a regular file"));
        }
    }

    /** The target as an absolute path. */
    public Path target() {
        return target;
    }

    /** The empty temporary file beside the target that {@link #commit()} moves over it. */
    public Path temporary() {
        return temporary;
    }

    /** Flushes the temporary file to the disk and moves it over the target. */
    public void commit() {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw failure(target, e);
        }
        commitWithoutSync();
    }

    private void commitWithoutSync() {
        // Checked again: the target may have changed while the content was written.
        requireReplaceable(target);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(target, e);
        }
        committed = true;
        syncFolder(target.getParent());
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more to do: the leftover is a hidden file beside the target, never the target.
            }
        }
    }

    /** Makes the rename itself durable; not every OS can open a folder, and then the rename is as durable as it gets. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its rename is already flushed by the file system.
        }
    }

    private static String temporaryName(Path target) {
        String name = target.getFileName().toString();
        String prefix = name.length() > MAX_NAME_PREFIX ? name.substring(0, MAX_NAME_PREFIX) : name;
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return "." + prefix + "." + HexFormat.of().formatHex(random) + ".tmp";
    }

    private static Optional<IOException> ioCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    private static OutputFileException failure(Path target, IOException e) {
        // A folder on the way (missing, read-only) is named; the hidden temporary file never is.
        String where = e instanceof FileSystemException fs && fs.getFile() != null
                && target.startsWith(Path.of(fs.getFile())) && !target.equals(Path.of(fs.getFile()))
                ? " (the folder " + fs.getFile() + ")" : "";
        return new OutputFileException(target, "Cannot write " + target + ": " + IoCause.describe(e) + where
                + ". Nothing was changed at " + target.getFileName() + ".", e);
    }
}
