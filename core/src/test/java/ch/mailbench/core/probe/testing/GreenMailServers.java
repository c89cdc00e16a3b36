package ch.mailbench.core.probe.testing;

import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.Protocol;
import ch.mailbench.core.model.Security;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * GreenMail with all six servers on dynamic loopback ports, presenting the test PKI's localhost
 * certificate on the TLS ones. Users: {@link #FULL_ADDRESS_USER} logs in with the whole address,
 * {@link #LOCAL_PART_USER} only with the part before the @.
 */
public final class GreenMailServers implements AutoCloseable {

    public static final String FULL_ADDRESS_USER = "marie@bakery-dupont.ch";
    public static final String FULL_ADDRESS_PASSWORD = "Croissant-2024!";
    public static final String LOCAL_PART_USER = "paul@bakery-dupont.ch";
    public static final String LOCAL_PART_PASSWORD = "Baguette-77?";

    private final GreenMail greenMail;

    public GreenMailServers() {
        // GreenMail reads its key store once per JVM: every GreenMail in the tests uses this one.
        System.setProperty("greenmail.tls.keystore.file", TestPki.get().keyStore(TestPki.Leaf.LOCALHOST).toString());
        System.setProperty("greenmail.tls.keystore.password", TestPki.PASSWORD);
        System.setProperty("greenmail.tls.key.password", TestPki.PASSWORD);
        // Six servers starting on a busy shared build machine can take longer than GreenMail's 2 s default.
        System.setProperty("greenmail.startup.timeout", "30000");
        greenMail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.ALL));
        greenMail.start();
        greenMail.setUser(FULL_ADDRESS_USER, FULL_ADDRESS_USER, FULL_ADDRESS_PASSWORD);
        greenMail.setUser(LOCAL_PART_USER, "paul", LOCAL_PART_PASSWORD);
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    /** The endpoint of the server for this protocol: TLS ones for SSL_TLS, plain ones for NONE. */
    public Endpoint endpoint(Protocol protocol, Security security) {
        boolean tls = security == Security.SSL_TLS;
        int port = switch (protocol) {
            case IMAP -> tls ? greenMail.getImaps().getPort() : greenMail.getImap().getPort();
            case POP3 -> tls ? greenMail.getPop3s().getPort() : greenMail.getPop3().getPort();
            case SMTP -> tls ? greenMail.getSmtps().getPort() : greenMail.getSmtp().getPort();
        };
        return Endpoint.of("127.0.0.1", port, security);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
