package ch.mailbench.app.cli;

import ch.mailbench.core.io.IoCause;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
 * <p>
 * Only a losslessly decoded password is passed on: Java decodes the environment with the locale's
 * charset, and under a non-UTF-8 locale ({@code LC_ALL=POSIX}) every non-ASCII character arrives
 * as U+FFFD, so "Pässwörd" and "Püsswärd" would derive the same key. Such a value is refused, as
 * is a file that is not UTF-8. (The vault then normalizes to NFC, see {@code Vault}.)
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
        Optional<String> value = Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE)).filter(text -> !text.isEmpty());
        if (value.isPresent() && value.get().indexOf('\uFFFD') >= 0) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " could not be decoded: it has characters that this"
                    + " system's locale cannot represent, so different passwords would look the same. Run Mailbench under a"
                    + " UTF-8 locale (e.g. LC_ALL=C.UTF-8) or give the password with --master-password-file FILE (UTF-8).");
        }
        return value.map(String::toCharArray);
    }

    private static char[] readFile(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the master password file " + path + ": " + IoCause.describe(e), e);
        }
        CharBuffer decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The master password file " + path + " is not UTF-8 text; save it as UTF-8", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int start = decoded.position();
        int end = start;
        while (end < decoded.limit() && decoded.get(end) != '\n' && decoded.get(end) != '\r') {
            end++;
        }
        char[] password = Arrays.copyOfRange(decoded.array(), decoded.arrayOffset() + start, decoded.arrayOffset() + end);
        Arrays.fill(decoded.array(), '\0');
        if (password.length == 0) {
            throw new IllegalArgumentException("The master password file " + path + " is empty");
        }
        return password;
    }
}
