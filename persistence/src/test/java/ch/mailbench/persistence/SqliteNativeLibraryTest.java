package ch.mailbench.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteNativeLibraryTest {

    @TempDir
    Path cache;

    @Test
    void unpacksOnceAndNamesTheCopy() throws Exception {
        Properties first = new Properties();
        Path library = new SqliteNativeLibrary(cache).useCachedCopy(first).orElseThrow();

        assertThat(library).startsWith(cache).isRegularFile();
        assertThat(first.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(library.getParent().toString());
        assertThat(first.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).isEqualTo(library.getFileName().toString());

        long written = Files.getLastModifiedTime(library).toMillis();
        Files.setLastModifiedTime(library, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        Properties second = new Properties();
        assertThat(new SqliteNativeLibrary(cache).useCachedCopy(second)).contains(library);
        // Not written again: the second start only looked at its size.
        assertThat(Files.getLastModifiedTime(library).toMillis()).isEqualTo(written - 60_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void startsAtTheSameMomentAllGetTheWholeLibrary() throws Exception {
        ExecutorService starts = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Path>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Optional<Path>> start = () -> new SqliteNativeLibrary(cache).useCachedCopy(new Properties());
                results.add(starts.submit(start));
            }
            Path library = results.get(0).get().orElseThrow();
            for (Future<Optional<Path>> result : results) {
                assertThat(result.get()).contains(library);
            }
            long size = Files.size(library);
            try (var files = Files.walk(cache)) {
                // No half-written copies left behind.
                assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(library);
            }
            assertThat(size).isGreaterThan(100_000);
        } finally {
            starts.shutdownNow();
        }
    }

    @Test
    void aLibraryNamedAlreadyIsLeftAlone() {
        Properties named = new Properties();
        named.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/mailbench/lib/app");

        assertThat(new SqliteNativeLibrary(cache).useCachedCopy(named)).isEmpty();
        assertThat(named.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/opt/mailbench/lib/app");
        assertThat(cache).isEmptyDirectory();
    }
}
