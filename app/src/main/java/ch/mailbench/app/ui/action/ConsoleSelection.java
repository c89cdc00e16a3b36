package ch.mailbench.app.ui.action;

import ch.mailbench.core.directory.CustomerFile;
import ch.mailbench.core.model.MailDomain;
import ch.mailbench.core.model.Mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the technician has selected: the open customer (with its domains and mailboxes), and
 * the domain and mailbox selected in its tables. Actions read it to decide what they act on.
 * EDT only.
 */
public final class ConsoleSelection {

    private Optional<CustomerFile> customer = Optional.empty();
    private Optional<MailDomain> domain = Optional.empty();
    private Optional<Mailbox> mailbox = Optional.empty();
    private final List<Runnable> listeners = new ArrayList<>();

    public Optional<CustomerFile> customer() {
        return customer;
    }

    public Optional<MailDomain> domain() {
        return domain;
    }

    public Optional<Mailbox> mailbox() {
        return mailbox;
    }

    /** The selected mailbox's domain (from the open customer). */
    public Optional<MailDomain> domainOfMailbox() {
        return mailbox.flatMap(m -> customer.flatMap(c -> c.domain(m.domainId())));
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void setCustomer(Optional<CustomerFile> file) {
        customer = file;
        domain = Optional.empty();
        mailbox = Optional.empty();
        fire();
    }

    public void setDomain(Optional<MailDomain> selected) {
        domain = selected;
        fire();
    }

    public void setMailbox(Optional<Mailbox> selected) {
        mailbox = selected;
        fire();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
