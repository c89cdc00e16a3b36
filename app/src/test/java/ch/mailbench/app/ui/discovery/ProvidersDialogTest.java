package ch.mailbench.app.ui.discovery;

import ch.mailbench.app.AppFactory;
import ch.mailbench.app.Workbench;
import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.discovery.ProviderCatalog;
import ch.mailbench.core.model.Provider;
import ch.mailbench.persistence.DatabaseLocation;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Tools → Providers… over a real SQLite file: add an own provider, override a shipped one and restore it, import an ISPDB file. */
class ProvidersDialogTest extends GuiTest {

    @TempDir
    Path folder;

    private ProviderCatalog catalog;
    private FrameFixture window;
    private final AtomicReference<ProvidersDialog> shown = new AtomicReference<>();

    @BeforeEach
    void open() {
        AppFactory factory = new AppFactory(new DatabaseLocation(Map.of(), "Linux", folder), Clock.systemUTC(), Map.of(), 1_000);
        Workbench workbench = factory.open(folder.resolve("m.db"));
        catalog = workbench.providers();
        window = show(() -> {
            JFrame frame = new JFrame("Mailbench");
            frame.setName("owner");
            frame.setSize(900, 600);
            return frame;
        });
    }

    private DialogFixture providers(Locale locale) {
        GuiActionRunner.execute(() -> {
            ProvidersDialog dialog = new ProvidersDialog(window.target(), catalog, new SwingTaskExecutor(), new Messages(locale),
                    new DiscoveryTexts(locale));
            shown.set(dialog);
            SwingUtilities.invokeLater(dialog::show);
        });
        DialogFixture dialog = dialog("providersDialog");
        waitUntil("the catalog is loaded", () -> dialog.table("providersTable").target().getRowCount() > 10);
        return dialog;
    }

    private static int rowOf(DialogFixture dialog, String key) {
        String[][] rows = dialog.table("providersTable").contents();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][1].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anOwnProviderIsAddedWithItsServersAndABadLineIsNamed() {
        DialogFixture dialog = providers(Locale.ENGLISH);

        press(dialog.button("addProvider"));
        DialogFixture form = dialog("providerDialog");
        type(form.textBox(ProviderForm.KEY), "alpine");
        type(form.textBox(ProviderForm.NAME), "Alpine Hosting");
        type(form.textBox(ProviderForm.DOMAINS), "alpine-client.ch");
        type(form.textBox(ProviderForm.SERVERS), "IMAP imap.alpine-hosting.test 993\n");
        eventually(() -> assertThat(form.label(ProviderForm.SERVERS + "Error").text()).startsWith("Line 1:"));
        assertThat(form.button("ok").target().isEnabled()).isFalse();
        form.textBox(ProviderForm.SERVERS).setText("IMAP imap.alpine-hosting.test 993 SSL_TLS\nSMTP smtp.alpine-hosting.test 465 SSL_TLS");
        press(form.button("ok"));

        waitUntil("the new provider is listed", () -> rowOf(dialog, "alpine") >= 0);
        assertThat(dialog.table("providersTable").contents()[rowOf(dialog, "alpine")][2]).isEqualTo("own");
        assertThat(catalog.ownEntry("alpine")).map(Provider::servers).hasValueSatisfying(s -> assertThat(s).hasSize(2));
    }

    @Test
    void aShippedProviderIsOverriddenThenRestored() {
        DialogFixture dialog = providers(Locale.ENGLISH);
        select(dialog.table("providersTable"), rowOf(dialog, "infomaniak"));
        assertThat(dialog.button("removeProvider").target().isEnabled()).as("a shipped entry cannot be removed").isFalse();

        press(dialog.button("editProvider"));
        DialogFixture form = dialog("providerDialog");
        form.textBox(ProviderForm.NAME).setText("Infomaniak (our contract)");
        press(form.button("ok"));

        waitUntil("the override is listed", () -> rowOf(dialog, "infomaniak") >= 0
                && dialog.table("providersTable").contents()[rowOf(dialog, "infomaniak")][2].startsWith("own (replaces"));
        select(dialog.table("providersTable"), rowOf(dialog, "infomaniak"));
        eventually(() -> assertThat(dialog.button("removeProvider").text()).isEqualTo("Restore shipped"));
        press(dialog.button("removeProvider"));
        acknowledge(message());

        waitUntil("the shipped entry is back", () -> rowOf(dialog, "infomaniak") >= 0
                && dialog.table("providersTable").contents()[rowOf(dialog, "infomaniak")][2].equals("shipped"));
        assertThat(catalog.byId("infomaniak")).map(Provider::name).contains("Infomaniak");
    }

    @Test
    void anIspdbFileIsImportedAndItsQuirksReported() throws Exception {
        Path file = Files.writeString(folder.resolve("bergmail.ch.xml"), """
                <?xml version="1.0"?>
                <clientConfig version="1.1">
                  <emailProvider id="bergmail.ch">
                    <domain>bergmail.ch</domain>
                    <displayName>Bergmail</displayName>
                    <incomingServer type="imap">
                      <hostname>imap.bergmail.ch</hostname><port>993</port><socketType>SSL</socketType>
                      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
                    </incomingServer>
                    <incomingServer type="exchange">
                      <hostname>ews.bergmail.ch</hostname><port>443</port><socketType>SSL</socketType>
                      <username>%EMAILADDRESS%</username><authentication>OAuth2</authentication>
                    </incomingServer>
                    <outgoingServer type="smtp">
                      <hostname>smtp.bergmail.ch</hostname><port>465</port><socketType>SSL</socketType>
                      <username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>
                    </outgoingServer>
                  </emailProvider>
                </clientConfig>
                """);
        DialogFixture dialog = providers(Locale.GERMAN);

        GuiActionRunner.execute(() -> shown.get().importFrom(file));

        waitUntil("the imported provider is listed", () -> rowOf(dialog, "bergmail.ch") >= 0);
        assertThat(textOf(dialog, "providersStatus")).startsWith("1 Provider aus 1 Dateien importiert");
        if (!textOf(dialog, "providersStatus").endsWith(" 0 Besonderheiten).")) {
            acknowledge(message());
        }
        assertThat(catalog.ownEntry("bergmail.ch")).map(Provider::name).contains("Bergmail");
    }
}
