package org.newsclaims.query;

import org.newsclaims.UserError;

/** A query the user can fix: bad syntax, an unknown filter value, an empty store. */
public class QueryException extends UserError {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
