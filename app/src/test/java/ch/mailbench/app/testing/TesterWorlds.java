package ch.mailbench.app.testing;

import ch.mailbench.core.probe.testing.GreenMailServers;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The set-up of every test against the tester's world: GreenMail started once for the test class,
 * and before each test a new {@link TesterWorld} in its own folder (own database, own vault, trust
 * in the test CA only), removed after it. Register it as
 * {@code @RegisterExtension static final TesterWorlds worlds = TesterWorlds.unlocked();} and use
 * {@link #world()} in the tests; a class's own {@code @BeforeAll} runs after GreenMail started.
 */
public final class TesterWorlds implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final boolean unlock;
    private GreenMailServers servers;
    private Path folder;
    private TesterWorld world;

    private TesterWorlds(boolean unlock) {
        this.unlock = unlock;
    }

    /** Worlds whose vault is unlocked, as after the technician typed the master password. */
    public static TesterWorlds unlocked() {
        return new TesterWorlds(true);
    }

    /** Worlds whose vault stays locked until a test unlocks it. */
    public static TesterWorlds locked() {
        return new TesterWorlds(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        servers = new GreenMailServers();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        servers.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("mailbench-world");
        world = new TesterWorld(folder, servers);
        if (unlock) {
            world.unlocked();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(TesterWorlds::delete);
        }
    }

    /** This test's world. */
    public TesterWorld world() {
        return world;
    }

    /** The GreenMail servers of this test class. */
    public GreenMailServers servers() {
        return servers;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A task the test left running may still write SQLite's journal here; the folder is this
            // test's alone, so what stays behind in the temporary folder changes no other test.
        }
    }
}
