package ch.mailbench.app.ui.verify;

/**
 * What the result view shows for one server, already in words: title, where, pass or fail with
 * the explanation and hint, the user name that worked, the certificate and the transcript.
 */
public record ServerView(String title, String endpoint, boolean tested, boolean passed, String status, String username,
                         String explanation, String hint, String certificate, String fingerprint, String transcript) {
}
