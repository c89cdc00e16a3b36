package ch.mailbench.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The reason a file operation failed, as a user reads it: "the disk is full (No space left on
 * device)". Java's own messages often carry only the path ("Cannot write x: x"), the reason sits
 * in {@link FileSystemException#getReason()} or in the exception type.
 */
public final class IoCause {

    private IoCause() {
    }

    /** The cause in words, e.g. {@code "the disk is full (No space left on device)"}. */
    public static String describe(IOException e) {
        String reason = reason(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("quota")) {
            return "the disk is full (" + reason + ")";
        }
        if (lower.contains("read-only file system")) {
            return "the disk or folder is read-only (" + reason + ")";
        }
        return reason;
    }

    /** The operating system's reason; falls back on the exception type when Java kept only the path. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileSystemException) {
            return e.getClass().getSimpleName().replace("Exception", "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
