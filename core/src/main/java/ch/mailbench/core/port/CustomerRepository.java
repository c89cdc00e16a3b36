package ch.mailbench.core.port;

import ch.mailbench.core.model.Customer;

import java.util.List;
import java.util.Optional;

/** Storage of customers. Writes are transactional; updates and deletes check the version. */
public interface CustomerRepository {

    /** Stores a new customer and returns it with its id and version. */
    Customer insert(Customer customer);

    /** @throws StaleDataException if the stored version is not {@code customer.version()} */
    Customer update(Customer customer);

    /** Deletes the customer with its domains, mailboxes and their history. */
    void delete(Customer customer);

    Optional<Customer> findById(long id);

    /** Exact name, ignoring case: how imports recognise an existing customer. */
    Optional<Customer> findByName(String name);

    /** All customers, sorted by name. */
    List<Customer> findAll();

    long count();
}
