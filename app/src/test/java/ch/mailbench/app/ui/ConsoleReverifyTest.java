package ch.mailbench.app.ui;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.testing.TesterWorld;
import ch.mailbench.app.testing.TesterWorlds;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.Repositories;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_PASSWORD;
import static ch.mailbench.core.probe.testing.GreenMailServers.FULL_ADDRESS_USER;
import static org.assertj.core.api.Assertions.assertThat;

/** Tools → Re-verify every mailbox in the whole console, against GreenMail: a background run, then its results. */
class ConsoleReverifyTest extends GuiTest {

    @RegisterExtension
    static final TesterWorlds worlds = TesterWorlds.locked();

    @TempDir
    Path folder;

    @Test
    void reverifyEverythingFromTheToolsMenuShowsTheResultsAndKeepsTheWindowUsable() {
        ConsoleUnderTest console = new ConsoleUnderTest(folder, this);
        Repositories repositories = console.workbench.store().repositories();
        Customer customer = repositories.customers().insert(Customer.create("Boulangerie Dupont", SheetLanguage.FR));
        MailDomain domain = repositories.domains().insert(MailDomain.create(customer.id(), DomainName.of("bakery-dupont.ch"), "GreenMail",
                ServerSettings.of(MailboxType.IMAP, worlds.servers().endpoint(Protocol.IMAP, Security.SSL_TLS),
                        worlds.servers().endpoint(Protocol.SMTP, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS)));
        Mailbox marie = repositories.mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse(FULL_ADDRESS_USER), ""));
        repositories.mailboxes().insert(Mailbox.create(domain.id(), EmailAddress.parse("zoe@bakery-dupont.ch"), ""));
        console.workbench.vault().setUp(TesterWorld.MASTER_PASSWORD.toCharArray(), Duration.ofMinutes(10));
        console.workbench.vault().storePassword(marie.id(), FULL_ADDRESS_PASSWORD.toCharArray());
        FrameFixture window = console.show();
        console.waitForCustomer("Boulangerie Dupont");

        press(window.menuItemWithPath("Tools", "Re-verify every mailbox"));

        DialogFixture results = dialog("runResultsDialog");
        assertThat(results.target().getTitle()).isEqualTo("Re-verify every mailbox — results");
        assertThat(textOf(results, "resultsSummary")).isEqualTo("2 mailboxes checked: 1 passed, 0 failed, 1 not tried.");
        assertThat(textOf(results, "result.zoe@bakery-dupont.ch")).startsWith("zoe@bakery-dupont.ch");
        press(results.button("closeButton"));
        giveFocus(window.target());
        window.menuItemWithPath("Tools", "Mailbox overview…").requireEnabled();
    }
}
