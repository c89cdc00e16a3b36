package ch.mailbench.core.history;

import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.model.DomainName;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.UsernameFormat;
import ch.mailbench.core.port.MailDomainRepository;
import ch.mailbench.core.port.StaleDataException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Domains, with a history entry for every insert, update and delete. The user name format a check
 * learned is not an edit and is not recorded.
 */
final class RecordingDomains implements MailDomainRepository {

    private final MailDomainRepository reads;
    private final Writes writes;

    RecordingDomains(MailDomainRepository reads, Writes writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @Override
    public MailDomain insert(MailDomain domain) {
        return writes.run((r, recorder) -> {
            MailDomain stored = r.domains().insert(domain);
            recorder.record(HistoryEntry.of(Action.CREATED, Target.DOMAIN, stored.id(), Optional.of(stored.customerId()),
                    stored.name().unicode(), Map.of(), RowValues.of(stored), "", stored.version()));
            return stored;
        });
    }

    @Override
    public MailDomain update(MailDomain domain) {
        return writes.run((r, recorder) -> {
            MailDomain before = r.domains().findById(domain.id()).orElseThrow(() -> new StaleDataException("Domain " + domain.name()));
            MailDomain stored = r.domains().update(domain);
            recorder.record(HistoryEntry.of(Action.CHANGED, Target.DOMAIN, stored.id(), Optional.of(stored.customerId()),
                    stored.name().unicode(), RowValues.of(before), RowValues.of(stored), "", stored.version()));
            return stored;
        });
    }

    @Override
    public void delete(MailDomain domain) {
        writes.run((r, recorder) -> {
            Snapshot snapshot = Snapshot.ofDomain(r, domain);
            r.domains().delete(domain);
            recorder.record(HistoryEntry.of(Action.DELETED, Target.DOMAIN, domain.id(), Optional.of(domain.customerId()),
                    domain.name().unicode(), RowValues.of(domain), Map.of(), snapshot.text(), 0));
            return null;
        });
    }

    @Override
    public Optional<MailDomain> findById(long id) {
        return reads.findById(id);
    }

    @Override
    public Optional<MailDomain> findByName(DomainName name) {
        return reads.findByName(name);
    }

    @Override
    public List<MailDomain> findByCustomer(long customerId) {
        return reads.findByCustomer(customerId);
    }

    @Override
    public List<MailDomain> findAll() {
        return reads.findAll();
    }

    @Override
    public long count() {
        return reads.count();
    }

    @Override
    public Optional<UsernameFormat> learnedFormat(long domainId) {
        return reads.learnedFormat(domainId);
    }

    @Override
    public void recordLearnedFormat(long domainId, UsernameFormat format) {
        reads.recordLearnedFormat(domainId, format);
    }
}
