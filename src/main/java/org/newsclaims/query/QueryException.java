package org.newsclaims.query;

/** A query the user can fix: bad syntax, an unknown filter value, an empty store. */
public class QueryException extends Exception {
    public QueryException(String message) {
        super(message);
    }
}
