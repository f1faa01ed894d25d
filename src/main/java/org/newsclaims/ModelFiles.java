package org.newsclaims;

import java.nio.file.Path;

/** Where the data files that drive extraction live: {@code models/} of the project, or -Dnewsclaims.models. */
public final class ModelFiles {

    private ModelFiles() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("newsclaims.models", "models"));
    }

    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }
}
