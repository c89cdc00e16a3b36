package ch.mailbench.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Where the command line gets the master password: {@code --master-password-file FILE} (its first
 * line), else the {@code MAILBENCH_MASTER_PASSWORD} environment variable. Never an argument, which
 * other users could read in the process list and which lands in the shell history.
 */
final class MasterPasswordInput {

    static final String ENVIRONMENT_VARIABLE = "MAILBENCH_MASTER_PASSWORD";

    private final Map<String, String> environment;
    private final Optional<Path> file;

    MasterPasswordInput(Map<String, String> environment, Optional<Path> file) {
        this.environment = environment;
        this.file = file;
    }

    /** The master password, or empty when none was given. The caller clears the array. */
    Optional<char[]> read() {
        if (file.isPresent()) {
            return Optional.of(readFile(file.get()));
        }
        return Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)).filter(value -> !value.isEmpty()).map(String::toCharArray);
    }

    private static char[] readFile(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the master password file " + path + ": " + e.getMessage(), e);
        }
        CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int end = 0;
        while (end < decoded.limit() && decoded.get(end) != '\n' && decoded.get(end) != '\r') {
            end++;
        }
        char[] password = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.position() + end);
        Arrays.fill(decoded.array(), '\0');
        if (password.length == 0) {
            throw new IllegalArgumentException("The master password file " + path + " is empty");
        }
        return password;
    }
}
