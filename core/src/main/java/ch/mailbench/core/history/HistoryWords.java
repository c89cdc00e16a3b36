package ch.mailbench.core.history;

import java.util.Locale;

/** The English words of the command line for actions and targets ("delete", "customer"). */
public final class HistoryWords {

    private HistoryWords() {
    }

    public static String action(HistoryEntry.Action action) {
        return switch (action) {
            case CREATED -> "creation";
            case CHANGED -> "change";
            case DELETED -> "delete";
            case PASSWORD_SET -> "password set";
            case PASSWORD_REMOVED -> "password removal";
            case IMPORTED -> "import";
            case CHANGE_SET_APPLIED -> "change set";
            case CHANGE_SET_REVERTED -> "revert of change set";
            case CERTIFICATE_TRUSTED -> "trust";
            case CERTIFICATE_REVOKED -> "revocation";
            case UNDONE -> "undo";
        };
    }

    public static String target(HistoryEntry.Target target) {
        return target == HistoryEntry.Target.CHANGE_SET ? "change set" : target.name().toLowerCase(Locale.ROOT);
    }
}
