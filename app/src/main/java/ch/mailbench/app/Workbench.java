package ch.mailbench.app;

import ch.mailbench.core.history.HistoryService;
import ch.mailbench.core.discovery.DiscoveryService;
import ch.mailbench.core.discovery.ProviderCatalog;
import ch.mailbench.core.port.StoreFile;
import ch.mailbench.core.port.PasswordSource;
import ch.mailbench.core.port.ShopSettingsStore;
import ch.mailbench.core.sheet.SheetService;
import ch.mailbench.core.directory.CustomerDirectory;
import ch.mailbench.core.port.Store;
import ch.mailbench.core.port.TrustedCertificateRepository;
import ch.mailbench.core.change.ChangeSetService;
import ch.mailbench.core.directory.MailboxOverview;
import ch.mailbench.core.probe.VerificationService;
import ch.mailbench.core.vault.Vault;

import java.time.Clock;

/**
 * Everything that works on one open database, wired once by {@link AppFactory}, typed by core
 * ports only: {@code database} is the file (where it is, its schema, backups), {@code store} its data.
 * {@code passwords} reads mailbox passwords from {@code vault}, asking for the master password
 * (console dialog or command-line input) when the vault is locked. {@code sheets} composes setup
 * sheets under the technician's {@code shop} settings. {@code directory} lists, searches and edits
 * customers with their domains and mailboxes. {@code verification} tests mailboxes with real
 * logins, trusting the JDK's authorities plus {@code trustedCertificates}. {@code providers} is the shipped
 * provider catalog with the technician's own providers over it; {@code discovery} finds the settings of
 * an address nobody documented. {@code changeSets} changes the servers of many mailboxes at once,
 * revertibly; {@code overview} lists mailboxes with their truthful status; {@code history} reads who changed
 * what and undoes this technician's last change ({@code store} records every change in it).
 */
public record Workbench(StoreFile database, Store store, Clock clock, Vault vault, PasswordSource passwords,
                        ShopSettingsStore shop, SheetService sheets, CustomerDirectory directory,
                        TrustedCertificateRepository trustedCertificates, VerificationService verification,
                        ProviderCatalog providers, DiscoveryService discovery, ChangeSetService changeSets,
                        MailboxOverview overview, HistoryService history) {
}
