package org.newsclaims.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.newsclaims.Models;
import org.newsclaims.UserError;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.pipeline.Stages;
import org.newsclaims.spark.SparkJob;

/**
 * The spark job against {@code ingest} on this machine: the same grown corpus through the job on a local
 * master of one core and of two (the executor is this JVM), and through {@code ingest} on one and two
 * worker threads, in turn, each run with no CoreNLP spans remembered; medians of {@code runs}. Spark's
 * session is started before and stopped after each run, untimed (a cluster keeps its executors); the job
 * itself is timed whole: listing, reading, extraction, clustering and the Parquet output. Besides the wall
 * time of each run, the CPU time of this JVM meanwhile (every thread: tasks, Spark's, ingest's, the collector's
 * and the compiler's), which another program on the machine slows down less.
 */
public final class SparkBenchmark {

    /**
     * Seconds are medians, wall and CPU; the heap is this JVM's (the executor's, on a local master) during and
     * after a two-core run.
     */
    public record Result(int scale, long articles, long claims, int runs, double sparkSeconds1, double sparkSeconds2,
                         double ingestSeconds1, double ingestSeconds2, double sparkCpuSeconds1, double sparkCpuSeconds2,
                         double ingestCpuSeconds1, double ingestCpuSeconds2, long executorPeakHeapBytes, long executorLiveHeapBytes) {

        public double scaling() {
            return sparkSeconds1 / sparkSeconds2;
        }

        /** What an article costs, in CPU time, on one core (one task thread, one ingest worker): the job's over ingest's. */
        public double costRatio() {
            return sparkCpuSeconds1 / ingestCpuSeconds1;
        }

        /** Wall time on one core, the job's over ingest's, whose one worker thread keeps more than one core busy (linking and storing run beside it). */
        public double wallRatio() {
            return sparkSeconds1 / ingestSeconds1;
        }
    }

    private static final int WARM_UP_PASSES = 2;

    private SparkBenchmark() {
    }

    public static Result run(Path sample, int scale, int runs, Models models, Path work, Consumer<String> step)
            throws IOException, UserError {
        if (!Files.isDirectory(sample)) {
            throw new UserError("no such folder: " + sample);
        }
        Stages stages = Stages.of(models);
        ArticleReader reader = stages.reader();
        step.accept("growing the sample " + scale + "x");
        Path corpus = PipelineBenchmark.grow(sample, scale, reader, Files.createDirectories(work.resolve("corpus")));
        long peak = 0;
        long live = 0;
        for (int pass = 1; pass <= WARM_UP_PASSES; pass++) {
            step.accept("warming up: the job on 2 cores, pass " + pass + (pass == 1 ? " (loading CoreNLP in the executor)" : ""));
            HeapUse.resetPeak();
            sparkRun("local[2]", corpus, models.dir(), work.resolve("warm-up-spark-" + pass));
            peak = Math.max(peak, HeapUse.peakWithGarbage());
            live = HeapUse.live();
        }
        ChineseAnnotator annotator = stages.annotator();
        for (int pass = 1; pass <= WARM_UP_PASSES; pass++) {
            step.accept("warming up: ingest, pass " + pass);
            annotator.forgetSpans();
            PipelineBenchmark.timedRun(List.of(corpus), 2, stages, work.resolve("warm-up-ingest-" + pass),
                    (done, total) -> { });
        }
        double[][] seconds = new double[4][runs];
        double[][] cpuSeconds = new double[4][runs];
        SparkRun last = null;
        for (int run = 0; run < runs; run++) {
            for (int cores = 1; cores <= 2; cores++) {
                step.accept("timed run " + (run + 1) + " of " + runs + ": the job on " + cores + " core" + (cores == 1 ? "" : "s"));
                last = sparkRun("local[" + cores + "]", corpus, models.dir(), work.resolve("spark-" + run + "-" + cores));
                seconds[cores - 1][run] = last.report().nanos() / 1e9;
                cpuSeconds[cores - 1][run] = last.cpuNanos() / 1e9;
            }
            for (int threads = 1; threads <= 2; threads++) {
                step.accept("timed run " + (run + 1) + " of " + runs + ": ingest on " + threads + " thread" + (threads == 1 ? "" : "s"));
                annotator.forgetSpans();
                PipelineBenchmark.TimedRun ingest = PipelineBenchmark.timedRun(List.of(corpus), threads, stages,
                        work.resolve("ingest-" + run + "-" + threads), (done, total) -> { });
                seconds[1 + threads][run] = ingest.report().nanos() / 1e9;
                cpuSeconds[1 + threads][run] = ingest.cpuNanos() / 1e9;
            }
        }
        return new Result(scale, last.report().articles(), last.report().claims(), runs, median(seconds[0]), median(seconds[1]),
                median(seconds[2]), median(seconds[3]), median(cpuSeconds[0]), median(cpuSeconds[1]), median(cpuSeconds[2]),
                median(cpuSeconds[3]), peak, live);
    }

    /** A run of the job, and the CPU time of this JVM while it ran. */
    private record SparkRun(SparkJob.Report report, long cpuNanos) {
    }

    private static SparkRun sparkRun(String master, Path corpus, Path models, Path out) throws IOException, UserError {
        SparkJob.forgetSpans();
        SparkSession spark = SparkSession.builder().master(master).appName("bench").config("spark.ui.enabled", "false").getOrCreate();
        try {
            long cpu0 = PipelineBenchmark.processCpuNanos();
            SparkJob.Report report = SparkJob.run(new SparkJob.Request(List.of(corpus.toString()), out, master, Map.of(), models,
                    ArticleReader.DEFAULT_MAX_BYTES, 0, false, "bench spark"), spark);
            return new SparkRun(report, PipelineBenchmark.processCpuNanos() - cpu0);
        } finally {
            spark.stop();
        }
    }

    private static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
