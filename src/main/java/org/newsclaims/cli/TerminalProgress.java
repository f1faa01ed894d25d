package org.newsclaims.cli;

import java.io.PrintStream;
import org.newsclaims.pipeline.IngestJob;

/** Files done / total, rate and ETA, or a long job's step, on one rewritten line, only when stderr is a terminal and not in CI. */
final class TerminalProgress implements IngestJob.Progress {
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastPrint;

    TerminalProgress(PrintStream err) {
        this.err = err;
        this.enabled = System.console() != null && System.getenv("CI") == null;
    }

    /** What a long job is doing now, on the same rewritten line; {@code null} clears it. */
    void step(String what) {
        if (enabled) {
            err.print("\r\033[K" + (what == null ? "" : what + " "));
            err.flush();
        }
    }

    @Override
    public void update(int done, int total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 200_000_000L) {
            return;
        }
        lastPrint = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf("\r%d/%d files  %.1f files/s  ETA %d:%02d ", done, total, rate, eta / 60, eta % 60);
        if (done == total) {
            err.print("\r\033[K");
        }
        err.flush();
    }
}
