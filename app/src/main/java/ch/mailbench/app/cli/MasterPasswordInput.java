package ch.mailbench.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line gets the vault's master password: the {@code MAILBENCH_MASTER_PASSWORD}
 * environment variable or a file (first line) — never a command-line argument, which other users
 * of the machine could read in the process list.
 */
final class MasterPasswordInput {

    static final String ENVIRONMENT_VARIABLE = "MAILBENCH_MASTER_PASSWORD";

    private MasterPasswordInput() {
    }

    /** The master password, or empty when none was given. The caller clears the array. */
    static Optional<char[]> read(Map<String, String> environment, Path file) {
        if (file != null) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                Arrays.fill(bytes, (byte) 0);
                int end = text.indexOf('\n');
                String line = (end >= 0 ? text.substring(0, end) : text).replace("\r", "");
                if (line.isEmpty()) {
                    throw new IllegalArgumentException("The master password file " + file + " is empty");
                }
                return Optional.of(line.toCharArray());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the master password file " + file + ": " + e.getMessage(), e);
            }
        }
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
    }
}
