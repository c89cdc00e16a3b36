package ch.mailbench.core.model;

import java.util.Optional;

/** How a mailbox is read. EXCHANGE (MAPI) is set up by account on devices, not with IMAP/SMTP. */
public enum MailboxType {
    IMAP(Protocol.IMAP),
    POP3(Protocol.POP3),
    EXCHANGE(null);

    private final Protocol incomingProtocol;

    MailboxType(Protocol incomingProtocol) {
        this.incomingProtocol = incomingProtocol;
    }

    /** The protocol of the incoming server; empty for Exchange, which devices set up by account. */
    public Optional<Protocol> incomingProtocol() {
        return Optional.ofNullable(incomingProtocol);
    }
}
