package ch.mailbench.core.history;

import ch.mailbench.core.history.HistoryEntry.Action;
import ch.mailbench.core.history.HistoryEntry.Target;
import ch.mailbench.core.model.Customer;
import ch.mailbench.core.port.CustomerRepository;
import ch.mailbench.core.port.StaleDataException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers, with a history entry for every insert, update and delete (a delete keeps everything it takes along). */
final class RecordingCustomers implements CustomerRepository {

    private final CustomerRepository reads;
    private final Writes writes;

    RecordingCustomers(CustomerRepository reads, Writes writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @Override
    public Customer insert(Customer customer) {
        return writes.run((r, recorder) -> {
            Customer stored = r.customers().insert(customer);
            recorder.record(HistoryEntry.of(Action.CREATED, Target.CUSTOMER, stored.id(), Optional.of(stored.id()),
                    stored.name(), Map.of(), RowValues.of(stored), "", stored.version()));
            return stored;
        });
    }

    @Override
    public Customer update(Customer customer) {
        return writes.run((r, recorder) -> {
            Customer before = r.customers().findById(customer.id())
                    .orElseThrow(() -> new StaleDataException("Customer \"" + customer.name() + "\""));
            Customer stored = r.customers().update(customer);
            recorder.record(HistoryEntry.of(Action.CHANGED, Target.CUSTOMER, stored.id(), Optional.of(stored.id()),
                    stored.name(), RowValues.of(before), RowValues.of(stored), "", stored.version()));
            return stored;
        });
    }

    @Override
    public void delete(Customer customer) {
        writes.run((r, recorder) -> {
            Snapshot snapshot = Snapshot.ofCustomer(r, customer);
            r.customers().delete(customer);
            recorder.record(HistoryEntry.of(Action.DELETED, Target.CUSTOMER, customer.id(), Optional.of(customer.id()),
                    customer.name(), RowValues.of(customer), Map.of(), snapshot.text(), 0));
            return null;
        });
    }

    @Override
    public Optional<Customer> findById(long id) {
        return reads.findById(id);
    }

    @Override
    public Optional<Customer> findByName(String name) {
        return reads.findByName(name);
    }

    @Override
    public List<Customer> findAll() {
        return reads.findAll();
    }

    @Override
    public long count() {
        return reads.count();
    }
}
