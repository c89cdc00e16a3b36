package ch.mailbench.app.ui.data;

import ch.mailbench.app.ui.ErrorTexts;
import ch.mailbench.app.ui.task.BackgroundTask;
import ch.mailbench.app.ui.task.TaskExecutor;
import ch.mailbench.core.io.AtomicFile;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.ShopSettingsStore;
import ch.mailbench.core.profile.AutoconfigWriter;
import ch.mailbench.core.profile.AutodiscoverWriter;
import ch.mailbench.core.profile.MobileconfigWriter;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Device profiles from the console, as {@code mailbench profile} writes them: an Apple
 * .mobileconfig for a mailbox (for the customer's device, owner-only, without the password: the
 * device asks for it), and for a domain Thunderbird's config-v1.1.xml and Outlook's
 * autodiscover.xml, each with where to publish it. Written through {@link AtomicFile} in the
 * background. Runs on the EDT; the work does not.
 */
final class ProfileAction {

    private final JFrame owner;
    private final ShopSettingsStore shop;
    private final DataMessages messages;
    private final TaskExecutor tasks;
    private final ErrorTexts errors;

    ProfileAction(JFrame owner, ShopSettingsStore shop, DataMessages messages, TaskExecutor tasks, ErrorTexts errors) {
        this.owner = owner;
        this.shop = shop;
        this.messages = messages;
        this.tasks = tasks;
        this.errors = errors;
    }

    void chooseForMailbox(Mailbox mailbox, MailDomain domain) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("profileChooser");
        chooser.setSelectedFile(new File(mailbox.address().unicode() + ".mobileconfig"));
        if (chooser.showSaveDialog(owner) == JFileChooser.APPROVE_OPTION) {
            writeMobileconfig(mailbox, domain, chooser.getSelectedFile().toPath().toAbsolutePath());
        }
    }

    /** @param displayName how Thunderbird names the provider: the customer's name */
    void chooseForDomain(MailDomain domain, String displayName) {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("profileFolderChooser");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(messages.format("profile.domain.choose", domain.name().unicode()));
        if (chooser.showSaveDialog(owner) == JFileChooser.APPROVE_OPTION) {
            writeDomainFiles(domain, displayName, chooser.getSelectedFile().toPath().toAbsolutePath());
        }
    }

    void writeMobileconfig(Mailbox mailbox, MailDomain domain, Path target) {
        BackgroundTask.of(monitor -> {
            byte[] profile = new MobileconfigWriter().write(mailbox.address(), mailbox.displayName(), mailbox.effectiveSettings(domain),
                    shop.load().name(), Optional.empty());
            // The customer's device profile: readable by the technician only.
            AtomicFile.write(target, AtomicFile.Access.OWNER_ONLY, out -> out.write(profile));
            return target;
        }).shownAs(messages.format("profile.writing", target.getFileName()))
                .onSuccess(written -> JOptionPane.showMessageDialog(owner,
                        messages.format("profile.mobileconfig.done", written, mailbox.address().unicode()),
                        messages.get("profile.title"), JOptionPane.INFORMATION_MESSAGE))
                .onFailure(this::failed)
                .executeWith(tasks);
    }

    /** Writes config-v1.1.xml and autodiscover.xml into {@code folder}, replacing files of those names. */
    void writeDomainFiles(MailDomain domain, String displayName, Path folder) {
        Path autoconfig = folder.resolve("config-v1.1.xml");
        Path autodiscover = folder.resolve("autodiscover.xml");
        BackgroundTask.of(monitor -> {
            byte[] thunderbird = new AutoconfigWriter().write(domain.name(), displayName, domain.defaults());
            byte[] outlook = new AutodiscoverWriter().write(domain.name(), domain.defaults());
            // Meant for a public web server: no secret in them, the user's usual permissions.
            AtomicFile.write(autoconfig, AtomicFile.Access.AS_UMASK, out -> out.write(thunderbird));
            AtomicFile.write(autodiscover, AtomicFile.Access.AS_UMASK, out -> out.write(outlook));
            return folder;
        }).shownAs(messages.format("profile.writing", folder.getFileName()))
                .onSuccess(written -> {
                    List<String> thunderbird = new AutoconfigWriter().publishUrls(domain.name());
                    List<String> outlook = new AutodiscoverWriter().publishUrls(domain.name());
                    JOptionPane.showMessageDialog(owner, messages.format("profile.domain.done", written,
                                    messages.format("profile.autoconfig.publish", autoconfig.getFileName(), thunderbird.get(0), thunderbird.get(1)),
                                    messages.format("profile.autodiscover.publish", autodiscover.getFileName(), outlook.get(0), outlook.get(1))),
                            messages.get("profile.title"), JOptionPane.INFORMATION_MESSAGE);
                })
                .onFailure(this::failed)
                .executeWith(tasks);
    }

    private void failed(Exception e) {
        JOptionPane.showMessageDialog(owner, messages.format("profile.failed", errors.describe(e)), messages.get("profile.title"),
                JOptionPane.ERROR_MESSAGE);
    }
}
