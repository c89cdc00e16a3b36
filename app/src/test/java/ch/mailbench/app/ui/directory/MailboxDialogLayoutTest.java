package ch.mailbench.app.ui.directory;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation messages move nothing: an error appearing under a field leaves every field where it
 * was (they used to push the rows below down by ~25 px, so a click landed in the wrong field), and
 * a fresh form shows no error before the user typed into or left a field.
 */
class MailboxDialogLayoutTest extends GuiTest {

    private static final ServerSettings INFOMANIAK = ServerSettings.of(MailboxType.IMAP,
            Endpoint.of("mail.infomaniak.com", 993, Security.SSL_TLS), Endpoint.of("mail.infomaniak.com", 465, Security.SSL_TLS),
            true, UsernameFormat.FULL_ADDRESS);

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final MailDomain cafe = new MailDomain(1, 1, 9, DomainName.of("café-martin.ch"), "Infomaniak", INFOMANIAK);
    private DialogFixture dialog;

    @BeforeEach
    void openDialog() {
        JFrame owner = show(() -> {
            JFrame frame = new JFrame("Mailbench");
            frame.setSize(900, 600);
            return frame;
        }).targetCastedTo(JFrame.class);
        SwingUtilities.invokeLater(() -> new MailboxDialog(owner, MailboxForm.forNew(cafe, List.of(cafe), messages), messages,
                (model, saved, failed) -> saved.run(), Optional.empty()).show());
        dialog = dialog("mailboxDialog");
    }

    @Test
    void aFreshFormComplainsAboutNothing() {
        assertThat(dialog.label("localPartError").text()).isBlank();
        dialog.button("ok").requireDisabled();

        type(dialog.textBox("localPart"), "x").deleteText();

        eventually(() -> assertThat(dialog.label("localPartError").text()).isNotBlank());
    }

    @Test
    void anErrorAppearingMovesNoField() {
        type(dialog.textBox("localPart"), "compta");
        tick(dialog.checkBox("usesDomainServers"), false);
        eventually(() -> dialog.textBox("incomingPort").requireEnabled());
        Map<String, Rectangle> before = layout();

        fill(dialog.textBox("incomingPort"), "70000");
        eventually(() -> dialog.label("incomingPortError").requireText("Port must be between 1 and 65535"));
        fill(dialog.textBox("outgoingHost"), "not a host");
        eventually(() -> assertThat(dialog.label("outgoingHostError").text()).isNotBlank());
        dialog.textBox("localPart").deleteText();
        eventually(() -> assertThat(dialog.label("localPartError").text()).isNotBlank());

        assertThat(layout()).isEqualTo(before);
    }

    /** Where each named component of the dialog is, relative to the dialog. */
    private Map<String, Rectangle> layout() {
        robot.waitForIdle();
        return GuiActionRunner.execute(() -> {
            Map<String, Rectangle> bounds = new TreeMap<>();
            collect(((javax.swing.JDialog) dialog.target()).getContentPane(), bounds);
            return bounds;
        });
    }

    private void collect(Container container, Map<String, Rectangle> bounds) {
        for (Component child : container.getComponents()) {
            if (child.getName() != null && child.isShowing()) {
                bounds.put(child.getName(), SwingUtilities.convertRectangle(container, child.getBounds(), dialog.target()));
            }
            if (child instanceof Container inner) {
                collect(inner, bounds);
            }
        }
    }
}
