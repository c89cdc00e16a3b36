package ch.mailbench.app.ui.migration;

import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.app.ui.task.SwingTaskExecutor;

/** The migration feature over a tester's world, wired as the composition root wires it for the console. */
final class WorldMigration {

    private WorldMigration() {
    }

    static MigrationExtension of(TesterWorld world) {
        Workbench workbench = world.workbench();
        return new MigrationExtension(workbench.overview(), workbench.verification(), workbench.changeSets(), workbench.vault(),
                new SwingTaskExecutor(), workbench.clock());
    }
}
