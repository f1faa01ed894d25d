package org.newsclaims.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsclaims.export.ExportFormat;
import org.newsclaims.export.Exporter;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.pipeline.Stages;
import org.newsclaims.query.QueryException;

/**
 * Exports a {@link SyntheticClaims synthetic store} of many claims in every format: time, size and
 * peak heap of each. Run with a small heap (e.g. {@code NEWSCLAIMS_HEAP=512m}) to show that an
 * export streams.
 */
public final class ExportBenchmark {

    static final int CLAIMS_PER_ARTICLE = 100;

    /** The store's claims, the seconds it took to write it, and one run per format. */
    public record Result(int claims, double storeSeconds, List<FormatRun> formats) {
    }

    /** Rows written, seconds, bytes of the file and the most heap in use (garbage included) during the export. */
    public record FormatRun(ExportFormat format, long rows, double seconds, long bytes, long peakHeapBytes) {

        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private ExportBenchmark() {
    }

    /** Writes a store of {@code claims} claims ({@value #CLAIMS_PER_ARTICLE} an article) in {@code workDir} and exports it in each format. */
    public static Result run(int claims, Stages stages, Path workDir) throws IOException, ArticleStore.StoreException, QueryException {
        Path data = workDir.resolve("data");
        long t0 = System.nanoTime();
        SyntheticClaims.write(data, Math.max(1, claims / CLAIMS_PER_ARTICLE), CLAIMS_PER_ARTICLE, stages);
        double storeSeconds = (System.nanoTime() - t0) / 1e9;
        ClaimFilter all = new ClaimFilter(null, null, null, null, null, null, null, false, null, null, false);
        List<FormatRun> runs = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            HeapUse.resetPeak();
            long t1 = System.nanoTime();
            Path out = workDir.resolve("claims." + format);
            Exporter.Result r = Exporter.run(new Exporter.Request(data, format, out, false, false, false, false,
                    all, null, null, "newsclaims benchmark", "bench export", null), stages.markers());
            double seconds = (System.nanoTime() - t1) / 1e9;
            runs.add(new FormatRun(format, r.card().rows(), seconds, Files.size(out), HeapUse.peakWithGarbage()));
            Files.delete(out);
        }
        return new Result(Math.max(1, claims / CLAIMS_PER_ARTICLE) * CLAIMS_PER_ARTICLE, storeSeconds, runs);
    }
}
