package ch.mailbench.core.model;

/** A mail protocol that can be checked, with its standard ports. */
public enum Protocol {
    IMAP(993, 143),
    POP3(995, 110),
    SMTP(465, 587);

    private final Port implicitTlsPort;
    private final Port plainOrStartTlsPort;

    Protocol(int implicitTlsPort, int plainOrStartTlsPort) {
        this.implicitTlsPort = Port.of(implicitTlsPort);
        this.plainOrStartTlsPort = Port.of(plainOrStartTlsPort);
    }

    /** The port a device expects for this protocol and security (993/143, 995/110, 465/587). */
    public Port standardPort(Security security) {
        return security == Security.SSL_TLS ? implicitTlsPort : plainOrStartTlsPort;
    }

    public boolean isStandardPort(Port port) {
        return port.equals(implicitTlsPort) || port.equals(plainOrStartTlsPort);
    }
}
