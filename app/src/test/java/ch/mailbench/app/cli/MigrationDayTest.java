package ch.mailbench.app.cli;

import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.core.directory.CheckStatus;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration-day path on the command line against GreenMail: change a domain's servers,
 * preview, apply, re-verify, fix the one failure, retry the failures, revert.
 */
class MigrationDayTest {

    private static final String NEW_HOST = "mail1.bench.mailbench.test";
    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.locked();

    @TempDir
    Path folder;

    private final CommandRunner cli = new CommandRunner(() -> worlds.world().factory());

    @BeforeAll
    static void addTheMigratingUsers() {
        worlds.servers().greenMail().setUser("anne@bakery-dupont.ch", "anne@bakery-dupont.ch", "Pain-au-chocolat-1");
        worlds.servers().greenMail().setUser("luc@bakery-dupont.ch", "luc@bakery-dupont.ch", "Eclair-2025");
    }

    private int run(String... args) {
        return cli.runOn(worlds.world().database(), args);
    }

    private String newServer(Protocol protocol) {
        return NEW_HOST + ":" + worlds.servers().endpoint(protocol, Security.SSL_TLS).port() + ":SSL";
    }

    private List<MailboxOverview.Row> rows(CheckStatus status) {
        return worlds.world().workbench().overview().rows(new MailboxOverview.Filter(Optional.empty(), Optional.of("bakery-dupont.ch"),
                Optional.empty(), Optional.empty(), Set.of(status)));
    }

    @Test
    void changePreviewApplyReverifyFixRetryAndRevert() {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        worlds.world().mailbox("anne@bakery-dupont.ch", "Pain-au-chocolat-1");
        Mailbox luc = worlds.world().mailbox("luc@bakery-dupont.ch", "an old password");
        MailDomain before = worlds.world().domain();

        assertThat(run("migrate", "--domain", "bakery-dupont.ch", "--incoming", newServer(Protocol.IMAP),
                "--smtp", newServer(Protocol.SMTP), "--dry-run")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("anne@bakery-dupont.ch", "luc@bakery-dupont.ch", FULL_ADDRESS_USER)
                .contains("incoming: 127.0.0.1:" + worlds.servers().endpoint(Protocol.IMAP, Security.SSL_TLS).port() + " SSL/TLS -> " + NEW_HOST)
                .contains("3 mailbox(es) change", "Dry run: nothing was written");
        assertThat(domain().defaults()).isEqualTo(before.defaults());

        assertThat(run("migrate", "--domain", "bakery-dupont.ch", "--incoming", newServer(Protocol.IMAP),
                "--smtp", newServer(Protocol.SMTP))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Applied as change set 1");
        assertThat(domain().defaults().incoming().orElseThrow().host().ascii()).isEqualTo(NEW_HOST);

        assertThat(run("verify", "--domain", "bakery-dupont.ch")).isEqualTo(MailbenchCommand.EXIT_FAILED);
        assertThat(rows(CheckStatus.FAILING)).extracting(r -> r.mailbox().address().ascii()).containsExactly("luc@bakery-dupont.ch");
        assertThat(run("list", "--status", "failing", "--json")).isZero();
        assertThat(cli.out().lines()).singleElement().asString().contains("\"email\":\"luc@bakery-dupont.ch\"",
                "\"last_check_outcome\":\"AUTH_FAILED\"", "\"host\":\"" + NEW_HOST + "\"");

        worlds.world().workbench().vault().storePassword(luc.id(), "Eclair-2025".toCharArray());
        assertThat(run("verify", "--domain", "bakery-dupont.ch", "--failed-only", "--json")).as(cli.out()).isZero();
        assertThat(cli.out().lines()).singleElement().asString().contains("luc@bakery-dupont.ch");
        assertThat(rows(CheckStatus.VERIFIED)).hasSize(3);

        assertThat(run("migrate", "--revert", "1")).as(cli.err()).isZero();
        assertThat(domain().defaults()).isEqualTo(before.defaults());
        assertThat(rows(CheckStatus.STALE)).hasSize(3);
        assertThat(run("migrate", "--list")).isZero();
        assertThat(cli.out()).contains("#1", "reverted");
    }

    @Test
    void aRevertIsRefusedWhenARowWasEditedSinceAndNothingIsHalfReverted() {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        Endpoint imap = worlds.servers().endpoint(Protocol.IMAP, Security.SSL_TLS);
        Endpoint smtp = worlds.servers().endpoint(Protocol.SMTP, Security.SSL_TLS);
        Mailbox own = worlds.world().mailbox("anne@bakery-dupont.ch", "Pain-au-chocolat-1", imap, smtp, UsernameFormat.FULL_ADDRESS);
        assertThat(run("migrate", "--host", "127.0.0.1", "--incoming", newServer(Protocol.IMAP), "--include-own-settings"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("anne@bakery-dupont.ch [own settings, included]");
        Mailbox changed = worlds.world().workbench().store().repositories().mailboxes().findById(own.id()).orElseThrow();
        worlds.world().workbench().store().repositories().mailboxes().update(changed.withNotes("moved by hand"));
        MailDomain migrated = domain();

        assertThat(run("migrate", "--revert", "1")).isEqualTo(MailbenchCommand.EXIT_USAGE);

        assertThat(cli.err()).contains("cannot be reverted", "mailbox anne@bakery-dupont.ch", "Nothing was reverted");
        assertThat(domain()).isEqualTo(migrated);
        assertThat(worlds.world().workbench().changeSets().list()).singleElement().satisfies(set -> assertThat(set.reverted()).isFalse());
    }

    @Test
    void reportsArePdfAndCsvWithARowPerMailbox() throws Exception {
        worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        worlds.world().mailbox("luc@bakery-dupont.ch", "an old password");
        Path pdf = folder.resolve("run.pdf");
        Path csv = folder.resolve("run.csv");

        run("verify", "--domain", "bakery-dupont.ch", "--report", pdf.toString());
        run("verify", "--domain", "bakery-dupont.ch", "--report", csv.toString());

        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(Files.readString(csv)).contains("Address,Incoming server,SMTP server,Result,Time")
                .contains(FULL_ADDRESS_USER + ",127.0.0.1:").contains("Login refused").contains("Works");
        assertThat(run("verify", "--all", "--report", folder.resolve("run.txt").toString())).isEqualTo(MailbenchCommand.EXIT_USAGE);
    }

    private MailDomain domain() {
        return worlds.world().workbench().store().repositories().domains().findById(worlds.world().domain().id()).orElseThrow();
    }
}
