package ch.mailbench.persistence;

import ch.mailbench.core.io.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * SQLite's native library, unpacked once into the user's cache folder and named to sqlite-jdbc
 * ({@code org.sqlite.lib.path}/{@code .name}). Left alone, sqlite-jdbc lists the temp folder, copies
 * the library out of the jar under a new name and compares the copy byte by byte on every start
 * (0.1–0.2 s of a cold start here). The copy is keyed by sqlite-jdbc's version and platform; it is
 * written under a unique name and renamed into place, so starts running at the same moment never
 * see a half-written library. Whatever goes wrong, nothing is set and sqlite-jdbc does its own thing.
 */
public final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);

    private final Path cacheFolder;

    /** @param cacheFolder the application's cache folder ({@link DatabaseLocation#cacheFolder()}) */
    public SqliteNativeLibrary(Path cacheFolder) {
        this.cacheFolder = cacheFolder;
    }

    /**
     * Unless {@code properties} already name a library (the installed package ships it unpacked),
     * points them at the cached copy, unpacking it first when it is missing.
     * Call before the first SQLite connection. Returns the library used, if any.
     */
    public Optional<Path> useCachedCopy(Properties properties) {
        if (properties.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Path folder = cacheFolder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion())
                .resolve(resource.substring(1, resource.lastIndexOf('/')).replace('/', '-'));
        Path library = folder.resolve(name);
        // A copy that exists is whole (it only ever appears by a rename): looking into the jar again
        // would cost more than the copy saves.
        if (!Files.isRegularFile(library)) {
            URL url = SQLiteJDBCLoader.class.getResource(resource);
            if (url == null) {
                return Optional.empty();
            }
            try {
                unpack(url, library);
            } catch (IOException | RuntimeException e) {
                LOG.debug("SQLite's library stays with sqlite-jdbc: {}", e.toString());
                return Optional.empty();
            }
        }
        properties.setProperty(PATH_PROPERTY, folder.toString());
        properties.setProperty(NAME_PROPERTY, name);
        return Optional.of(library);
    }

    /** Through {@link AtomicFile}: a unique temporary name, then a rename, so concurrent starts never see half a library. */
    private static void unpack(URL url, Path library) throws IOException {
        URLConnection connection = url.openConnection();
        // Not through the shared cache of open jars: sqlite-jdbc does the same, so the jar is not held open (Windows).
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            // Another start may have renamed its identical copy into place meanwhile: replacing it is harmless,
            // a process that loaded it keeps its mapping.
            AtomicFile.write(library, AtomicFile.Access.OWNER_ONLY, in::transferTo);
        }
    }
}
