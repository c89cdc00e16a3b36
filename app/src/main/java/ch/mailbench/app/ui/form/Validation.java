package ch.mailbench.app.ui.form;

import java.util.Map;

/** Turns a value type's constructor check into a form error in the user's language. */
public final class Validation {

    private Validation() {
    }

    /** Runs {@code parse}; when the value type rejects the input, records {@code message} for {@code property}. */
    public static boolean check(Map<String, String> errors, String property, Runnable parse, String message) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            errors.put(property, message);
            return false;
        }
    }
}
