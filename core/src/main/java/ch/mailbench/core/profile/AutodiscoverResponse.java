package ch.mailbench.core.profile;

import ch.mailbench.core.model.EmailAddress;
import ch.mailbench.core.model.Endpoint;
import ch.mailbench.core.model.MailboxType;
import ch.mailbench.core.model.ServerSettings;
import ch.mailbench.core.model.UsernameFormat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed autodiscover response: the protocol blocks in the file's order, or a redirect to
 * another address or URL, or the server's error message. {@code problems} lists skipped blocks.
 */
public record AutodiscoverResponse(List<AutodiscoverProtocol> protocols, Optional<String> redirectAddress,
                                   Optional<String> redirectUrl, Optional<String> error, List<String> problems) {

    public AutodiscoverResponse {
        protocols = List.copyOf(protocols);
        Objects.requireNonNull(redirectAddress, "redirectAddress");
        Objects.requireNonNull(redirectUrl, "redirectUrl");
        Objects.requireNonNull(error, "error");
        problems = List.copyOf(problems);
    }

    /**
     * The IMAP (else POP3) and SMTP settings for {@code address}. Without a LoginName Outlook logs
     * in with the email address, so that is the full-address format.
     */
    public Optional<ServerSettings> settingsFor(EmailAddress address) {
        return settingsFor(address, "IMAP", MailboxType.IMAP).or(() -> settingsFor(address, "POP3", MailboxType.POP3));
    }

    private Optional<ServerSettings> settingsFor(EmailAddress address, String type, MailboxType mailboxType) {
        for (AutodiscoverProtocol incoming : protocols) {
            Optional<Endpoint> in = incoming.endpoint();
            if (!incoming.type().equals(type) || in.isEmpty()) {
                continue;
            }
            UsernameFormat format = incoming.loginName().map(login -> formatOf(login, address)).orElse(UsernameFormat.FULL_ADDRESS);
            Optional<AutodiscoverProtocol> smtp = protocols.stream()
                    .filter(p -> p.type().equals("SMTP") && p.endpoint().isPresent()).findFirst();
            return Optional.of(new ServerSettings(mailboxType, in, smtp.flatMap(AutodiscoverProtocol::endpoint),
                    smtp.map(AutodiscoverProtocol::authRequired).orElse(true), format));
        }
        return Optional.empty();
    }

    private static UsernameFormat formatOf(String login, EmailAddress address) {
        if (login.equalsIgnoreCase(address.ascii()) || login.equalsIgnoreCase(address.unicode())) {
            return UsernameFormat.FULL_ADDRESS;
        }
        if (login.equalsIgnoreCase(address.localPart())) {
            return UsernameFormat.LOCAL_PART;
        }
        return UsernameFormat.custom(login);
    }
}
