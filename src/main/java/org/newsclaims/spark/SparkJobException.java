package org.newsclaims.spark;

import org.newsclaims.UserError;

/** A spark run the user asked for that cannot be done as asked: bad inputs, an output that exists, a bad master. */
public final class SparkJobException extends UserError {
    public SparkJobException(String message) {
        super(message);
    }

    public SparkJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
