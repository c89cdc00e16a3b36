package ch.mailbench.app.ui.directory;

import ch.mailbench.app.testing.GuiTest;
import ch.mailbench.app.ui.Messages;
import ch.mailbench.app.ui.action.MailboxTester;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.Security;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The line beside "Test now" in the mailbox dialog: a long outcome wraps, the dialog keeps its width. */
class TestNowResultTest extends GuiTest {

    private static final String LONG_OUTCOME = "✖ Anmeldung abgelehnt — dieser Anbieter verlangt vielleicht nur den Teil vor dem @ "
            + "oder ein App-Passwort; Postausgangsserver smtpauths.bluewin.ch:465 nicht geprüft, weil der Posteingangsserver "
            + "die Anmeldung verweigert hat.";

    @Test
    void aLongOutcomeWrapsInsteadOfWideningTheDialog() {
        MailDomain garage = new MailDomain(1, 1, 9, DomainName.of("garage-meier.ch"), "Swisscom (Bluewin)",
                ServerSettings.of(MailboxType.IMAP, Endpoint.of("imaps.bluewin.ch", 993, Security.SSL_TLS),
                        Endpoint.of("smtpauths.bluewin.ch", 465, Security.SSL_TLS), true, UsernameFormat.FULL_ADDRESS));
        Messages messages = new Messages(Locale.GERMAN);
        // The real tester needs servers (MailboxTestDialogTest); this one answers at once with the longest kind of sentence.
        MailboxTester tester = (owner, mailbox, domain, password, outcome) -> outcome.accept(LONG_OUTCOME);
        JFrame owner = show(() -> {
            JFrame frame = new JFrame("Mailbench");
            frame.setSize(900, 600);
            return frame;
        }).targetCastedTo(JFrame.class);
        SwingUtilities.invokeLater(() -> new MailboxDialog(owner, MailboxForm.forNew(garage, List.of(garage), messages), messages,
                (model, saved, failed) -> saved.run(), Optional.empty(), Optional.of(tester)).show());
        DialogFixture dialog = dialog("mailboxDialog");
        fill(dialog.textBox("localPart"), "werkstatt");
        eventually(() -> dialog.button("testNow").requireEnabled());
        Rectangle before = onEdt(() -> dialog.target().getBounds());

        press(dialog.button("testNow"));

        waitUntil("the outcome is shown", () -> textOf(dialog, "testNowResult").contains("Anmeldung abgelehnt"));
        robot.waitForIdle();
        screenshot("test-now-long-outcome-de");
        JLabel result = dialog.label("testNowResult").targetCastedTo(JLabel.class);
        Rectangle after = onEdt(() -> dialog.target().getBounds());
        assertThat(after.width).as("the dialog's width").isEqualTo(before.width);
        int oneLine = onEdt(() -> result.getFontMetrics(result.getFont()).getHeight());
        assertThat(onEdt(result::getHeight)).as("the outcome takes several lines").isGreaterThan(2 * oneLine);
        Rectangle inDialog = onEdt(() -> SwingUtilities.convertRectangle(result.getParent(), result.getBounds(), dialog.target()));
        assertThat(new Rectangle(0, 0, after.width, after.height).contains(inDialog)).as("the whole outcome is inside the dialog")
                .isTrue();
        assertThat(onEdt(() -> result.getPreferredSize().height)).as("nothing of it is cut below").isLessThanOrEqualTo(onEdt(result::getHeight));
        // Swing's HTML drew a CSS width wider than asked: the lines ran past the dialog's edge.
        assertThat(onEdt(() -> result.getPreferredSize().width)).as("nothing of it is cut on the right").isLessThanOrEqualTo(onEdt(result::getWidth));
    }
}
