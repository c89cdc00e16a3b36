package ch.mailbench.app.ui.migration;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.swing.JFrame;
import java.util.List;
import java.util.Locale;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** Change a domain's servers: preview old → new, apply as a change set, re-verify, revert (or be refused). */
class ChangeServersDialogTest extends GuiTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.unlocked();

    private FrameFixture window;
    private MigrationExtension extension;
    private Mailbox marie;

    @BeforeEach
    void createWorld() {
        marie = worlds.world().mailbox(FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        worlds.world().mailbox("own@bakery-dupont.ch", "whatever", Endpoint.of("imap.elsewhere.ch", 993, Security.SSL_TLS),
                Endpoint.of("smtp.elsewhere.ch", 465, Security.SSL_TLS), UsernameFormat.FULL_ADDRESS);
        extension = WorldMigration.of(worlds.world());
        window = showOwner(1100, 700);
    }

    private MailDomain domain() {
        return worlds.world().workbench().store().repositories().domains().findById(worlds.world().domain().id()).orElseThrow();
    }

    private String incomingHostOfMarie() {
        Repositories repositories = worlds.world().workbench().store().repositories();
        return repositories.mailboxes().findById(marie.id()).orElseThrow().effectiveSettings(domain())
                .incoming().orElseThrow().host().ascii();
    }

    /** Moves the domain's incoming server from 127.0.0.1 to localhost (the same GreenMail, by the name on its certificate). */
    private DialogFixture applyMoveToLocalhost(Locale locale) {
        GuiActionRunner.execute(() -> extension.changeServers((JFrame) window.target(), domain(), new ErrorTexts(new Messages(locale)), locale, () -> { }));
        DialogFixture change = dialog("changeServersDialog");
        previewMoveToLocalhost(this, change, worlds.world().domain().defaults().incoming().orElseThrow().port().number());
        return change;
    }

    /** Fills "Change servers…" with localhost:{@code port} SSL/TLS as the incoming server and waits for the two preview rows. */
    static void previewMoveToLocalhost(GuiTest test, DialogFixture change, int port) {
        test.type(change.textBox("incomingHost"), "localhost");
        test.type(change.textBox("incomingPort"), Integer.toString(port));
        test.choose(change.comboBox("incomingSecurity"), Security.SSL_TLS.label());
        test.press(change.button("previewButton"));
        eventually(() -> assertThat(change.table("previewTable").rowCount()).isEqualTo(2));
    }

    /** Tools → Change sets…, the one change set selected, Revert pressed; returns the dialog to read its notice. */
    private DialogFixture revertTheOnlyChangeSet() {
        GuiActionRunner.execute(() -> extension.showChangeSets((JFrame) window.target(), new ErrorTexts(new Messages(Locale.ENGLISH)), Locale.ENGLISH, () -> { }));
        DialogFixture sets = dialog("changeSetsDialog");
        eventually(() -> assertThat(sets.table("changeSetsTable").rowCount()).isEqualTo(1));
        select(sets.table("changeSetsTable"), 0);
        press(sets.button("revertButton"));
        return sets;
    }

    @Test
    void previewApplyReverifyAndRevert() {
        DialogFixture change = applyMoveToLocalhost(Locale.ENGLISH);
        int port = worlds.world().domain().defaults().incoming().orElseThrow().port().number();

        String[][] rows = change.table("previewTable").contents();
        assertThat(rows[0][0]).isEqualTo(FULL_ADDRESS_USER);
        assertThat(rows[0][2]).isEqualTo("incoming: 127.0.0.1:" + port + " SSL/TLS → localhost:" + port + " SSL/TLS");
        assertThat(rows[1][1]).isEqualTo("own settings, left alone");
        assertThat(rows[1][2]).isEqualTo("unchanged");
        waitForText(change, "changeNotice", "One mailbox changes. One mailbox with its own settings is left alone.");

        press(change.button("applyButton"));
        waitForText(change, "changeNotice", "Change set #1 applied: one mailbox changed. Tools → Change sets… reverts it.");
        assertThat(incomingHostOfMarie()).isEqualTo("localhost");
        press(change.button("reverifyChanged").requireVisible().requireText("Re-verify the changed mailbox"));
        waitForText(change, "changeNotice", "One mailbox checked: 1 passed, 0 not.");
        change.close();

        DialogFixture sets = revertTheOnlyChangeSet();
        waitForText(sets, "changeSetsNotice", "Change set #1 reverted: the old settings are back.");
        assertThat(incomingHostOfMarie()).isEqualTo("127.0.0.1");
    }

    @Test
    void aRevertAfterAnEditIsRefusedWithTheReason() {
        DialogFixture change = applyMoveToLocalhost(Locale.ENGLISH);
        press(change.button("applyButton"));
        waitForText(change, "changeNotice", "Change set #1 applied: one mailbox changed. Tools → Change sets… reverts it.");
        worlds.world().workbench().store().repositories().domains().update(domain().withProvider("Edited meanwhile"));
        change.close();

        DialogFixture sets = revertTheOnlyChangeSet();

        waitForText(sets, "changeSetsNotice",
                "Not reverted: domain bakery-dupont.ch was edited since. Nothing was changed; change those settings by hand.");
        assertThat(incomingHostOfMarie()).isEqualTo("localhost");
    }

    @Test
    void everyDomainOnAHostMovesInOneChangeSetDescribedInFrench() {
        Repositories repositories = worlds.world().workbench().store().repositories();
        MailDomain second = repositories.domains().insert(MailDomain.create(domain().customerId(), DomainName.of("patisserie-dupont.ch"),
                "GreenMail", domain().defaults()));
        repositories.mailboxes().insert(Mailbox.create(second.id(), EmailAddress.parse("luc@patisserie-dupont.ch"), ""));
        Locale french = Locale.FRENCH;
        GuiActionRunner.execute(() -> extension.changeServers((JFrame) window.target(), List.of(), new ErrorTexts(new Messages(french)),
                french, () -> { }));
        DialogFixture change = dialog("changeServersDialog");
        int port = worlds.world().domain().defaults().incoming().orElseThrow().port().number();
        type(change.textBox("oldHost"), "127.0.0.1");
        type(change.textBox("incomingHost"), "localhost");
        type(change.textBox("incomingPort"), Integer.toString(port));
        press(change.button("previewButton"));
        eventually(() -> assertThat(change.table("previewTable").rowCount()).isEqualTo(2));
        assertThat(change.table("previewTable").contents()[1][0]).isEqualTo("luc@patisserie-dupont.ch");
        press(change.button("applyButton"));
        eventually(() -> assertThat(incomingHostOfMarie()).isEqualTo("localhost"));
        change.close();

        GuiActionRunner.execute(() -> extension.showChangeSets((JFrame) window.target(), new ErrorTexts(new Messages(french)), french, () -> { }));
        DialogFixture sets = dialog("changeSetsDialog");
        eventually(() -> assertThat(sets.table("changeSetsTable").rowCount()).isEqualTo(1));
        assertThat(sets.table("changeSetsTable").contents()[0][3])
                .isEqualTo("Modifier bakery-dupont.ch, patisserie-dupont.ch : entrant → localhost:" + port + " SSL/TLS");
    }
}
