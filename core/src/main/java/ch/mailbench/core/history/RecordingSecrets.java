package ch.mailbench.core.history;

import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.model.Mailbox;
import ch.mailbench.core.port.Repositories;
import ch.mailbench.core.port.SecretRepository;
import ch.mailbench.core.vault.EncryptedSecret;
import ch.mailbench.core.vault.VaultHeader;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The vault, with a history entry when a mailbox's password is set or removed — that it happened,
 * never the password; the replaced ciphertext goes into the entry's restore data so Undo can put
 * it back. A new master password is one entry: the passwords it re-seals are not password changes.
 */
final class RecordingSecrets implements SecretRepository {

    private static final Map<String, String> STORED = Map.of("password", "stored");

    private final SecretRepository reads;
    private final Writes writes;

    RecordingSecrets(SecretRepository reads, Writes writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @Override
    public Optional<VaultHeader> header() {
        return reads.header();
    }

    @Override
    public void saveHeader(VaultHeader header) {
        writes.run((r, recorder) -> {
            Optional<VaultHeader> before = r.secrets().header();
            r.secrets().saveHeader(header);
            if (before.isPresent() && !before.get().kdf().equals(header.kdf())) {
                recorder.rekeying();
                recorder.record(HistoryEntry.of(Action.CHANGED, Target.VAULT, 0, Optional.empty(), "master password",
                        Map.of(), Map.of(), "", 0));
            }
            return null;
        });
    }

    @Override
    public Optional<EncryptedSecret> find(long mailboxId) {
        return reads.find(mailboxId);
    }

    @Override
    public void put(long mailboxId, EncryptedSecret secret, Optional<Instant> setAt) {
        writes.run((r, recorder) -> {
            Optional<EncryptedSecret> before = r.secrets().find(mailboxId);
            Optional<Instant> beforeSetAt = r.secrets().setAt(mailboxId);
            r.secrets().put(mailboxId, secret, setAt);
            if (!recorder.isRekeying()) {
                recorder.record(HistoryEntry.of(Action.PASSWORD_SET, Target.MAILBOX, mailboxId, customerOf(r, mailboxId),
                        label(r, mailboxId), before.isPresent() ? STORED : Map.of(), STORED,
                        before.map(old -> Snapshot.secretText(old, beforeSetAt)).orElse(""), 0));
            }
            return null;
        });
    }

    @Override
    public Optional<Instant> setAt(long mailboxId) {
        return reads.setAt(mailboxId);
    }

    @Override
    public Map<Long, Optional<Instant>> passwordDates() {
        return reads.passwordDates();
    }

    @Override
    public Map<Long, Optional<Instant>> passwordDates(long customerId) {
        return reads.passwordDates(customerId);
    }

    @Override
    public boolean delete(long mailboxId) {
        return writes.run((r, recorder) -> {
            Optional<EncryptedSecret> before = r.secrets().find(mailboxId);
            Optional<Instant> beforeSetAt = r.secrets().setAt(mailboxId);
            boolean deleted = r.secrets().delete(mailboxId);
            before.ifPresent(secret -> recorder.record(HistoryEntry.of(Action.PASSWORD_REMOVED, Target.MAILBOX, mailboxId,
                    customerOf(r, mailboxId), label(r, mailboxId), STORED, Map.of(), Snapshot.secretText(secret, beforeSetAt), 0)));
            return deleted;
        });
    }

    @Override
    public void deleteAll() {
        writes.run((r, recorder) -> {
            recorder.rekeying();
            r.secrets().deleteAll();
            recorder.record(HistoryEntry.of(Action.PASSWORD_REMOVED, Target.VAULT, 0, Optional.empty(), "all passwords",
                    STORED, Map.of(), "", 0));
            return null;
        });
    }

    @Override
    public Map<Long, EncryptedSecret> findAll() {
        return reads.findAll();
    }

    @Override
    public boolean exists(long mailboxId) {
        return reads.exists(mailboxId);
    }

    @Override
    public long count() {
        return reads.count();
    }

    private static Optional<Long> customerOf(Repositories r, long mailboxId) {
        return r.mailboxes().findById(mailboxId).flatMap(m -> RecordingMailboxes.customerOf(r, m.domainId()));
    }

    private static String label(Repositories r, long mailboxId) {
        return r.mailboxes().findById(mailboxId).map(Mailbox::address).map(a -> a.unicode()).orElse("mailbox #" + mailboxId);
    }
}
