package ch.mailbench.persistence;

import ch.mailbench.core.model.Customer;
import ch.mailbench.core.model.SheetLanguage;
import ch.mailbench.core.port.CustomerRepository;
import ch.mailbench.core.port.DuplicateException;
import ch.mailbench.persistence.jooq.tables.records.CustomerRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ch.mailbench.persistence.jooq.Tables.CUSTOMER;

/** Customers in SQLite. */
public final class JooqCustomerRepository implements CustomerRepository {

    private final DSLContext dsl;
    private final VersionedRows<CustomerRecord> rows;

    public JooqCustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.rows = new VersionedRows<>(dsl, CUSTOMER, CUSTOMER.ID, CUSTOMER.VERSION);
    }

    @Override
    public Customer insert(Customer customer) {
        try {
            CustomerRecord row = dsl.insertInto(CUSTOMER)
                    .set(editableValues(customer))
                    .returning(CUSTOMER.ID, CUSTOMER.VERSION)
                    .fetchOne();
            return customer.stored(row.getId(), row.getVersion());
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(customer);
        }
    }

    @Override
    public Customer update(Customer customer) {
        try {
            return customer.stored(customer.id(), rows.update(customer.id(), customer.version(), editableValues(customer), stale(customer)));
        } catch (IntegrityConstraintViolationException e) {
            throw duplicate(customer);
        }
    }

    @Override
    public void delete(Customer customer) {
        rows.delete(customer.id(), customer.version(), stale(customer));
    }

    @Override
    public Optional<Customer> findById(long id) {
        return dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(Math.toIntExact(id))).fetchOptional(JooqCustomerRepository::toCustomer);
    }

    @Override
    public Optional<Customer> findByName(String name) {
        return dsl.selectFrom(CUSTOMER).where(CaseInsensitive.equal(dsl, CUSTOMER.NAME, name.strip()))
                .fetchOptional(JooqCustomerRepository::toCustomer);
    }

    @Override
    public List<Customer> findAll() {
        return dsl.selectFrom(CUSTOMER).orderBy(CaseInsensitive.ascending(dsl, CUSTOMER.NAME)).fetch(JooqCustomerRepository::toCustomer);
    }

    @Override
    public long count() {
        return dsl.fetchCount(CUSTOMER);
    }

    private static Map<Field<?>, Object> editableValues(Customer customer) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CUSTOMER.NAME, customer.name());
        values.put(CUSTOMER.CONTACT_PERSON, customer.contactPerson());
        values.put(CUSTOMER.PHONE, customer.phone());
        values.put(CUSTOMER.EMAIL, customer.email());
        values.put(CUSTOMER.SHEET_LANGUAGE, customer.sheetLanguage().code());
        values.put(CUSTOMER.NOTES, customer.notes());
        return values;
    }

    private static Customer toCustomer(CustomerRecord row) {
        return new Customer(row.getId(), row.getVersion(), row.getName(), row.getContactPerson(), row.getPhone(),
                row.getEmail(), SheetLanguage.fromCode(row.getSheetLanguage()), row.getNotes());
    }

    private static String stale(Customer customer) {
        return "Customer \"" + customer.name() + "\"";
    }

    private static DuplicateException duplicate(Customer customer) {
        return new DuplicateException("A customer named \"" + customer.name() + "\" already exists");
    }
}
