package org.newsclaims.ingest;

import org.newsclaims.UserError;

/** A file that cannot be ingested, with a reason fit to show the user on one line. */
public class IngestException extends UserError {
    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
