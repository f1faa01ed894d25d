package org.newsclaims;

/**
 * An error the user caused and can fix: a bad path, an unreadable file, a bad query, a busy data
 * directory, a bad option value. Its message fits on one line; the command line prints that line
 * and exits 2, and with {@code --verbose} the stack trace with its causes.
 */
public class UserError extends Exception {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
