package org.newsclaims.cli;

import java.nio.file.Path;

final class Paths {
    private Paths() {
    }

    /** A stored absolute path shown relative to the working directory when it lies below it. */
    static String display(String stored) {
        Path p = Path.of(stored);
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : stored;
    }
}
