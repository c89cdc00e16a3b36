package ch.mailbench.core.profile;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real Thunderbird ISPDB files in {@code ../shared/ispdb} beside the project (not copied into
 * it, see their SOURCE.md). Tests using them are skipped, with a message, where they are absent.
 */
final class Ispdb {

    private Ispdb() {
    }

    static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/ispdb");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<Path> files() {
        Optional<Path> folder = folder();
        Assumptions.assumeTrue(folder.isPresent(), "ISPDB test files not found in ../shared/ispdb: skipped");
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        return files().stream().filter(f -> f.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the ISPDB folder"));
    }
}
