package ch.mailbench.app;

import ch.mailbench.app.cli.CliOutput;
import ch.mailbench.app.cli.MailbenchCommand;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.SwingWorker;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module arrows of ARCHITECTURE.md, checked on every build: app → core ← persistence. */
class ArchitectureTest {

    private static final String GENERATED = "ch.mailbench.persistence.jooq..";
    private static final String BENCH = "ch.mailbench.app.bench..";
    /**
     * The console's shared pieces (menus and actions, browsing, the generic form dialog and binder,
     * the form model, background work and its progress); every other ui package is a feature
     * (directory editing, data import and backup, vault, sheet, verify, …).
     */
    private static final String[] SHARED_UI = {"ch.mailbench.app.ui.action..", "ch.mailbench.app.ui.browse..",
            "ch.mailbench.app.ui.dialog..", "ch.mailbench.app.ui.form..", "ch.mailbench.app.ui.task.."};
    private static JavaClasses mailbench;

    @BeforeAll
    static void importClasses() {
        mailbench = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // core's test fixtures (GreenMail, fault servers, test PKI) reach the app tests as a test jar
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("ch.mailbench");
    }

    @Test
    void coreSeesNoScreenNoDatabaseAndNoOuterModule() {
        noClasses().that().resideInAPackage("ch.mailbench.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.swing..", "java.awt", "java.awt.event..", "java.awt.image..", "java.awt.geom..",
                        "java.sql..", "org.jooq..", "org.flywaydb..", "org.sqlite..",
                        "ch.mailbench.persistence..", "ch.mailbench.app..", "com.formdev..", "net.miginfocom..", "picocli..")
                .check(mailbench);
    }

    @Test
    void persistenceSeesNoScreenAndNoApp() {
        noClasses().that().resideInAPackage("ch.mailbench.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "ch.mailbench.app..")
                .check(mailbench);
    }

    @Test
    void uiHoldsNoSqlAndNoProtocolCode() {
        noClasses().that().resideInAPackage("ch.mailbench.app.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jooq..", "jakarta.mail..", "org.eclipse.angus..")
                .check(mailbench);
    }

    @Test
    void theMigrationFeatureIsWiredOnlyByTheFactory() {
        noClasses().that().resideOutsideOfPackage("ch.mailbench.app.ui.migration..")
                .and().doNotHaveFullyQualifiedName("ch.mailbench.app.AppFactory")
                .should().dependOnClassesThat().resideInAPackage("ch.mailbench.app.ui.migration..")
                .check(mailbench);
    }

    /** The server dialogs reach "Find settings…" only through the ConsoleHooks extension point, never the feature itself. */
    @Test
    void theDiscoveryFeatureIsWiredOnlyByTheFactory() {
        noClasses().that().resideOutsideOfPackage("ch.mailbench.app.ui.discovery..")
                .and().doNotHaveFullyQualifiedName("ch.mailbench.app.AppFactory")
                .should().dependOnClassesThat().resideInAPackage("ch.mailbench.app.ui.discovery..")
                .check(mailbench);
    }

    /**
     * Connecting to a team database is one feature the factory plugs in; the window switches databases
     * only through the ConsoleHooks' DatabaseSwitcher, and the connection test is a core port the
     * feature gets, so the console never reaches the PostgreSQL driver.
     */
    @Test
    void theTeamDatabaseFeatureIsWiredOnlyByTheFactory() {
        noClasses().that().resideOutsideOfPackage("ch.mailbench.app.ui.team..")
                .and().doNotHaveFullyQualifiedName("ch.mailbench.app.AppFactory")
                .should().dependOnClassesThat().resideInAPackage("ch.mailbench.app.ui.team..")
                .check(mailbench);
        noClasses().that().resideInAPackage("ch.mailbench.app.ui.team..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.mailbench.core.vault..", "ch.mailbench.persistence..")
                .because("the team database's password comes from ~/.pgpass only: the vault lives inside that database")
                .check(mailbench);
    }

    @Test
    void theConsoleReachesStorageOnlyThroughCorePorts() {
        noClasses().that().resideInAPackage("ch.mailbench.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("ch.mailbench.persistence..")
                .check(mailbench);
    }

    /** The pool and the driver of team databases stay behind one class; the rest speaks jOOQ to either dialect. */
    @Test
    void onlyThePostgresOpenerKnowsThePoolAndTheDriver() {
        noClasses().that().doNotHaveFullyQualifiedName("ch.mailbench.persistence.PostgresDatabase")
                .should().dependOnClassesThat().resideInAnyPackage("com.zaxxer.hikari..", "org.postgresql..")
                .check(mailbench);
    }

    /**
     * Every package under {@code app.ui} is a console feature, except the shared pieces listed in
     * {@link #SHARED_UI}; a feature uses the ui root and the shared pieces, never another feature,
     * so each can be changed (or left out) alone. A new shared package must be added to the list.
     */
    @Test
    void consoleFeaturesDoNotDependOnEachOther() {
        slices().matching("ch.mailbench.app.ui.(*)..").namingSlices("console feature $1")
                .should().notDependOnEachOther()
                .ignoreDependency(resideInAnyPackage(SHARED_UI), alwaysTrue())
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED_UI))
                .check(mailbench);
    }

    @Test
    void changeSetsAreWrittenOnlyThroughTheirServiceWhichNeverTouchesTheNetwork() {
        noClasses().that().resideInAPackage("ch.mailbench.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("ch.mailbench.core.port.ChangeSetRepository")
                .check(mailbench);
        noClasses().that().resideInAPackage("ch.mailbench.core.change..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.mailbench.core.probe..", "jakarta.mail..", "java.net..")
                .check(mailbench);
    }

    /**
     * The history is written in the transaction of each change by the recording store, and only Undo
     * (core.history) marks entries undone or restores rows: the app neither writes history rows nor
     * builds a store that would bypass the recording one, except in the composition root.
     */
    @Test
    void theHistoryIsWrittenOnlyByTheRecordingStoreAndUndo() {
        noClasses().that().resideInAPackage("ch.mailbench.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("ch.mailbench.core.port.HistoryRepository")
                .check(mailbench);
        noClasses().that().resideInAPackage("ch.mailbench.app..").and().doNotHaveFullyQualifiedName("ch.mailbench.app.AppFactory")
                .should().dependOnClassesThat().haveFullyQualifiedName("ch.mailbench.persistence.JooqStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("ch.mailbench.core.history.RecordingStore")
                .check(mailbench);
        noClasses().that().resideOutsideOfPackages("ch.mailbench.core.history..", "ch.mailbench.persistence..")
                .should().callMethod("ch.mailbench.core.port.HistoryRepository", "markUndone", "long", "long")
                .orShould().callMethod("ch.mailbench.core.port.HistoryRepository", "restoreRow",
                        "ch.mailbench.core.history.HistoryEntry$Target", "long", "long", "long")
                .orShould().callMethod("ch.mailbench.core.port.HistoryRepository", "restoreCertificate",
                        "long", "boolean", "java.time.Instant")
                .check(mailbench);
    }

    /** Colours come from the FlatLaf theme (UIManager keys), so every theme, light or dark, stays readable. */
    @Test
    void theConsoleTakesItsColoursFromTheTheme() {
        noClasses().that().resideInAPackage("ch.mailbench.app.ui..")
                .should().callConstructorWhere(DescribedPredicate.describe("a java.awt.Color constructor",
                        call -> call.getTargetOwner().isEquivalentTo(java.awt.Color.class)))
                .check(mailbench);
    }

    @Test
    void discoveryKeepsDnsToItselfAndLogsInOnlyThroughTheTester() {
        noClasses().that().resideOutsideOfPackage("ch.mailbench.core.discovery..")
                .should().dependOnClassesThat().resideInAPackage("org.xbill.DNS..")
                .check(mailbench);
        noClasses().that().resideInAPackage("ch.mailbench.core.discovery..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .check(mailbench);
    }

    @Test
    void sharedConsolePiecesDoNotDependOnFeatures() {
        noClasses().that().resideInAnyPackage(SHARED_UI)
                .should().dependOnClassesThat(resideInAPackage("ch.mailbench.app.ui..")
                        .and(not(resideInAPackage("ch.mailbench.app.ui"))).and(not(resideInAnyPackage(SHARED_UI))))
                .check(mailbench);
    }

    /** The benchmarks measure the product from outside: only the command line registers them (hidden). */
    @Test
    void benchmarksLiveApartFromTheProduct() {
        // MailbenchCommand registers them (hidden); Main lets the start-up probe watch a real start when asked to.
        noClasses().that().resideOutsideOfPackage(BENCH).and().doNotHaveFullyQualifiedName(MailbenchCommand.class.getName())
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAPackage(BENCH)
                .check(mailbench);
        // The floor window is a program of its own and prints through CliOutput like every other.
        noClasses().that().resideInAPackage(BENCH).and().doNotHaveFullyQualifiedName("ch.mailbench.app.bench.FloorWindow")
                .should().dependOnClassesThat().resideInAnyPackage("ch.mailbench.app.ui..", "ch.mailbench.app.cli..")
                .check(mailbench);
    }

    @Test
    void theLoopbackServersServeOnlyTheDiscoveryBenchmark() {
        noClasses().that().resideOutsideOfPackage("ch.mailbench.core.discovery.loopback..")
                .and().doNotHaveFullyQualifiedName("ch.mailbench.app.bench.BenchDiscoverCommand")
                .should().dependOnClassesThat().resideInAPackage("ch.mailbench.core.discovery.loopback..")
                .check(mailbench);
    }

    @Test
    void onlyTheCliOutputWritesToTheStandardStreams() {
        noClasses().that().doNotHaveFullyQualifiedName(CliOutput.class.getName())
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(mailbench);
    }

    /** One way to leave the EDT: SwingWorkers and threads are made only by the console's task executor. */
    @Test
    void onlyTheTaskExecutorMakesThreads() {
        noClasses().that().resideInAPackage("ch.mailbench.app..")
                .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(SwingTaskExecutor.class)))
                .should().dependOnClassesThat().areAssignableTo(SwingWorker.class)
                .orShould().dependOnClassesThat().belongToAnyOf(Executors.class, ThreadPoolExecutor.class)
                .orShould(startThreadsOfTheirOwn())
                .check(mailbench);
    }

    private static ArchCondition<JavaClass> startThreadsOfTheirOwn() {
        return new ArchCondition<>("construct a Thread") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getConstructorCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isAssignableTo(Thread.class))
                        .forEach(call -> events.add(SimpleConditionEvent.satisfied(call, call.getDescription())));
            }
        };
    }

    /** Output files go through core.io.AtomicFile (temporary file, fsync, atomic rename, regular files only). */
    @Test
    void onlyTheAtomicWriterWritesFiles() {
        noClasses().that().resideOutsideOfPackage("ch.mailbench.core.io..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a file-writing method of Files",
                        call -> call.getTargetOwner().isEquivalentTo(java.nio.file.Files.class)
                                && java.util.Set.of("move", "copy", "write", "writeString", "newOutputStream", "newBufferedWriter")
                                .contains(call.getName())))
                .orShould().callConstructor(java.io.FileOutputStream.class, java.io.File.class)
                .orShould().callConstructor(java.io.FileOutputStream.class, String.class)
                .check(mailbench);
    }

    @Test
    void noMutableGlobalState() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage(GENERATED)
                .should().beFinal()
                .check(mailbench);
    }

    @Test
    void noStaticServiceLocators() {
        methods().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage(GENERATED)
                .should().notHaveName("getInstance").andShould().notHaveName("instance").andShould().notHaveName("getDefault")
                .check(mailbench);
        classes().that().resideOutsideOfPackage(GENERATED).and().areNotEnums()
                .should(notHoldAStaticInstanceOfThemselvesUnlessValues())
                .check(mailbench);
    }

    /** A class keeping an instance of itself in a static field is a singleton; value constants of records are fine. */
    private static ArchCondition<JavaClass> notHoldAStaticInstanceOfThemselvesUnlessValues() {
        return new ArchCondition<>("not hold a static instance of themselves (singleton), unless they are values (records)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (javaClass.reflect().isRecord()) {
                    return;
                }
                for (JavaField field : javaClass.getFields()) {
                    if (field.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                            && field.getRawType().equals(javaClass)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " makes " + javaClass.getName() + " a singleton"));
                    }
                }
            }
        };
    }
}
