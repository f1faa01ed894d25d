package org.newsclaims.export;

import org.newsclaims.query.QueryException;

/** An export the user can fix: a bad format, an unwritable or existing target. One line, exit 2. */
public final class ExportException extends QueryException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
