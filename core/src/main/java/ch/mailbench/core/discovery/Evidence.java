package ch.mailbench.core.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One fact discovery states — why a candidate is proposed ("MX mx01.mail.icloud.com → iCloud Mail")
 * or how a source ended ("no MX record") — as a kind and its values, not as words: the console and
 * the command line word it in their language with {@link EvidenceTexts}. A value is a host, an
 * address, a number or a technical detail shown as it is; a nested {@code Evidence} (a reason, a
 * certificate's status), an {@link ch.mailbench.core.model.Outcome} and a list (a chain of redirects) are worded too.
 */
public record Evidence(Kind kind, List<Object> values) {

    /** Each kind is one sentence of the bundle {@code ch.mailbench.core.discovery.Evidence}, keyed by its name. */
    public enum Kind {
        // why a candidate is proposed
        CATALOG_DOMAIN, MX_PROVIDER, MX_PARENT_PROVIDER, SRV, AUTOCONFIG_AT, AUTODISCOVER_AT, EXCHANGE_SERVER,
        GUESSED_TLS, GUESSED_STARTTLS, ANSWERS, NO_ANSWER, NO_STARTTLS, LOGIN_CONFIRMED, LOGIN_FAILED,
        // how a source ended
        CATALOG_FOUND, CATALOG_NONE, AUTOCONFIG_FOUND, AUTOCONFIG_NONE, ENTRIES_SKIPPED, AUTODISCOVER_FOUND, AUTODISCOVER_NONE,
        EXCHANGE_COUNT, REDIRECTED, TOO_MANY_REDIRECTS, REDIRECT_NOT_HTTPS, SERVER_ERROR, MX_NONE, MX_NO_MATCH,
        SRV_NOT_OFFERED, SRV_UNUSABLE, DNS_NOTHING, QUERY_FAILED, QUERY_TIMEOUT, GUESS_NO_HOSTS, GUESS_ANSWERED,
        STOPPED, NO_RESULT_IN_TIME, FAILED,
        // why a server did not answer as hoped (nested in NO_ANSWER)
        HOST_NOT_FOUND, REFUSED, TIMED_OUT, TLS_FAILED, CANCELLED, NOT_STARTTLS, BROKEN,
        // parts of other sentences: a certificate's status (values: the status, the host), an address redirected to
        CERTIFICATE_STATUS, REDIRECT_ADDRESS,
        // why a DNS query failed (nested in QUERY_FAILED and NO_ANSWER)
        DNS_BAD_NAME, DNS_NO_ANSWER, DNS_ERROR
    }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }

    public static Evidence of(Kind kind, Object... values) {
        return new Evidence(kind, Arrays.asList(values));
    }

    /** In English, for logs and for tests that read one sentence. */
    @Override
    public String toString() {
        return EvidenceTexts.english().sentence(this);
    }
}
