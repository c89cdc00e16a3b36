package ch.mailbench.app.ui.data;

import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GarageMeier;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.profile.AutoconfigWriter;
import ch.mailbench.core.profile.AutodiscoverWriter;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Device profiles and a domain's publishing files from the console, on a real database. */
class ProfileActionTest extends GuiTest {

    private static final ServerSettings INFOMANIAK = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS), Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS),
            true, UsernameFormat.FULL_ADDRESS);

    @TempDir
    Path folder;

    private Workbench workbench;
    private JFrame frame;
    private MailDomain domain;
    private Mailbox mailbox;

    @BeforeEach
    void open() {
        GarageMeier garage = GarageMeier.in(folder, "Infomaniak", INFOMANIAK);
        workbench = garage.workbench();
        domain = garage.domain();
        mailbox = garage.mailbox();
        workbench.vault().storePassword(mailbox.id(), "Winter2026!".toCharArray());
        frame = showOwner(900, 600).targetCastedTo(JFrame.class);
    }

    private ProfileAction action() {
        return GuiActionRunner.execute(() -> new ProfileAction(frame, workbench.shop(), new DataMessages(Locale.ENGLISH),
                new SwingTaskExecutor(), new ErrorTexts(new Messages(Locale.ENGLISH))));
    }

    @Test
    void aMailboxGetsAnOwnerOnlyMobileconfigWithoutItsPassword() throws Exception {
        Path target = folder.resolve("info.mobileconfig");

        GuiActionRunner.execute(() -> action().writeMobileconfig(mailbox, domain, target));

        JOptionPaneFixture done = message();
        assertThat(done.target().getMessage().toString()).startsWith("Written to " + target + ".").contains("info@garage-meier.ch");
        assertThat(Files.readString(target)).contains("mail.infomaniak.com").contains("info@garage-meier.ch").doesNotContain("Winter2026!");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aDomainGetsBothPublishingFilesAndWhereToPublishEach() throws Exception {
        GuiActionRunner.execute(() -> action().writeDomainFiles(domain, "Garage Meier", folder));

        JOptionPaneFixture done = message();
        String message = done.target().getMessage().toString();
        assertThat(message).contains("Thunderbird: publish config-v1.1.xml at " + new AutoconfigWriter().publishUrls(domain.name()).get(0))
                .contains("Outlook: publish autodiscover.xml at " + new AutodiscoverWriter().publishUrls(domain.name()).get(0))
                .contains("answer POST");
        assertThat(Files.readString(folder.resolve("config-v1.1.xml"))).contains("Garage Meier").contains("mail.infomaniak.com");
        assertThat(Files.readString(folder.resolve("autodiscover.xml"))).contains("mail.infomaniak.com");
    }
}
