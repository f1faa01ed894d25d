package org.newsclaims.export;

import java.nio.file.Path;
import java.util.Map;
import org.newsclaims.UserError;

/** Scores this build against a gold file for the dataset card; the caller knows how to extract and score. */
@FunctionalInterface
public interface GoldScorer {

    /** The figures per language, and {@code overall}: figure name to value, in the order the card lists them. */
    Map<String, Map<String, Object>> score(Path gold) throws UserError;
}
