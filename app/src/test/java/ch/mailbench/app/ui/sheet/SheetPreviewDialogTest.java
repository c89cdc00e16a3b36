package ch.mailbench.app.ui.sheet;

import ch.mailbench.app.ui.task.SwingTaskExecutor;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.sheet.MailboxSheet;
import ch.mailbench.core.sheet.SheetJob;
import ch.mailbench.core.sheet.SheetOptions;
import ch.mailbench.core.sheet.SheetRenderer;
import ch.mailbench.core.sheet.ShopSettings;
import ch.mailbench.app.testing.GuiTest;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.Icon;
import javax.swing.JFrame;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class SheetPreviewDialogTest extends GuiTest {

    private static final SheetRenderer RENDERER = new SheetRenderer(ZoneId.of("Europe/Zurich"));

    @TempDir
    Path folder;

    private DialogFixture window;
    private final AtomicReference<SheetOptions> lastOptions = new AtomicReference<>();

    @Test
    void showsThePackPageByPageAndZooms() {
        open(this::pack);

        waitFor("pageLabel", "Page 1 of 3");
        window.label("status").requireText("Ready: 3 page(s)");
        window.button("previousPage").requireDisabled();
        int fullWidth = iconWidth();

        press(window.button("nextPage"));
        waitFor("pageLabel", "Page 2 of 3");
        press(window.button("nextPage"));
        waitFor("pageLabel", "Page 3 of 3");
        window.button("nextPage").requireDisabled();

        choose(window.comboBox("zoom"), "50 %");
        waitUntil("the page is drawn at half size", () -> Math.abs(iconWidth() * 2 - fullWidth) <= 2);
        window.label("pageLabel").requireText("Page 3 of 3");
    }

    @Test
    void theOptionsRecomposeTheSheet() {
        open(this::pack);
        waitFor("pageLabel", "Page 1 of 3");
        assertThat(lastOptions.get().language()).contains(SheetLanguage.FR);

        choose(window.comboBox("language"), window.comboBox("language").contents()[2]);
        tick(window.checkBox("device.thunderbird"), true);
        tick(window.checkBox("includePassword"), true);

        waitUntil("the sheet is recomposed in English, with Thunderbird and the password", () -> {
            SheetOptions options = lastOptions.get();
            return options.language().equals(Optional.of(SheetLanguage.EN)) && options.includePassword()
                    && options.devices().contains(ch.mailbench.core.sheet.Device.THUNDERBIRD);
        });
        waitFor("status", "Ready: 3 page(s)");
        window.label("pageLabel").requireText("Page 1 of 3");
    }

    @Test
    void withoutADeviceOrWhenComposingFailsItSaysWhyAndOffersNothingToPrint() {
        open(() -> {
            if (lastOptions.get() != null && lastOptions.get().includePassword()) {
                throw new IllegalArgumentException("No password is stored for marie@bäckerei-dupont.ch");
            }
            return pack();
        });
        waitFor("pageLabel", "Page 1 of 3");

        tick(window.checkBox("device.iphone"), false);
        tick(window.checkBox("device.android"), false);
        tick(window.checkBox("device.outlook"), false);
        waitFor("status", "Choose at least one device.");
        window.button("print").requireDisabled();
        window.button("save").requireDisabled();

        tick(window.checkBox("device.macos"), true);
        waitFor("pageLabel", "Page 1 of 3");
        tick(window.checkBox("includePassword"), true);
        waitFor("status", "Cannot show the sheet: No password is stored for marie@bäckerei-dupont.ch");
        window.button("print").requireDisabled();
    }

    @Test
    void savesThePdf() throws Exception {
        open(this::pack);
        waitFor("pageLabel", "Page 1 of 3");

        press(window.button("save"));
        saveAs("saveChooser", folder.resolve("dupont"));

        Path saved = folder.resolve("dupont.pdf");
        waitFor("status", "Saved " + saved);
        assertThat(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void open(Supplier<byte[]> pdf) {
        SheetPreviewDialog preview = GuiActionRunner.execute(() -> new SheetPreviewDialog(new JFrame("owner"), "Boulangerie Dupont",
                options -> {
                    lastOptions.set(options);
                    return pdf.get();
                }, SheetOptions.defaults(), SheetLanguage.FR, Locale.ENGLISH, new SwingTaskExecutor()));
        GuiActionRunner.execute(preview::show);
        window = dialog("sheetPreview");
    }

    private byte[] pack() {
        SheetOptions options = lastOptions.get();
        Customer customer = new Customer(1, 1, "Boulangerie Dupont", "", "", "", SheetLanguage.FR, "");
        ServerSettings settings = ServerSettings.of(MailboxType.IMAP, Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS),
                Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS);
        MailDomain domain = new MailDomain(1, 1, 1, DomainName.of("bäckerei-dupont.ch"), "", settings);
        List<MailboxSheet> sheets = List.of("marie", "paul").stream().map(local -> new MailboxSheet(customer, domain,
                Mailbox.create(1, EmailAddress.parse(local + "@bäckerei-dupont.ch"), "").stored(local.length(), 1), settings,
                Optional.empty(), options.includePassword() ? Optional.of("secret".toCharArray()) : Optional.<char[]>empty())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(new SheetJob(sheets, true, options.language().orElseThrow(), options.devices(), ShopSettings.empty(),
                Instant.parse("2026-03-12T14:00:00Z")), out);
        return out.toByteArray();
    }

    private int iconWidth() {
        return GuiActionRunner.execute(() -> {
            Icon icon = window.label("pageImage").target().getIcon();
            return icon == null ? 0 : icon.getIconWidth();
        });
    }

    private void waitFor(String label, String expected) {
        waitForText(window, label, expected);
    }
}
