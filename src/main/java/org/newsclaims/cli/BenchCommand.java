package org.newsclaims.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.UserError;
import org.newsclaims.bench.SparkBenchmark;
import org.newsclaims.bench.ClaimBenchmark;
import org.newsclaims.bench.ExportBenchmark;
import org.newsclaims.bench.FuzzInputs;
import org.newsclaims.bench.Fuzzer;
import org.newsclaims.bench.MoneyBenchmark;
import org.newsclaims.bench.PipelineBenchmark;
import org.newsclaims.bench.ReprintBenchmark;
import org.newsclaims.nlp.ChineseAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Throughput of the whole ingest pipeline over " + BenchCommand.SAMPLE + " grown --scale times by reprinting,",
                "against CoreNLP's Chinese pipeline and plain Lucene indexing of the same bodies; or, with a subcommand, of one stage."},
        subcommands = {BenchCommand.Money.class, BenchCommand.Claims.class, BenchCommand.Reprints.class, BenchCommand.Export.class,
                BenchCommand.Fuzz.class, BenchCommand.Spark.class})
final class BenchCommand implements Callable<Integer> {

    static final String SAMPLE = "../shared/news-sample";

    /** What every benchmark reads and how it reports. */
    static final class Input {
        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = SAMPLE,
                description = "Folder of news files (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        /** Prints {@code result} as JSON with --json, else runs {@code text}. */
        void report(Object result, Runnable text) {
            if (json) {
                Json.print(System.out, result);
            } else {
                text.run();
            }
        }
    }

    @Mixin
    CommonOptions common;

    @Mixin
    Input input;

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "Grow the sample N times, at most " + OptionRanges.MAX_SCALE + " (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--threads", paramLabel = "N", description = "Ingest worker threads, 1 to " + OptionRanges.MAX_THREADS
            + " (default: the number of cores).")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), OptionRanges.MAX_THREADS);

    @Override
    public Integer call() throws Exception {
        OptionRanges.between(spec, "--scale", scale, 1, OptionRanges.MAX_SCALE);
        OptionRanges.between(spec, "--threads", threads, 1, OptionRanges.MAX_THREADS);
        Path work = Files.createTempDirectory("newsclaims-bench");
        PipelineBenchmark.Result r;
        TerminalProgress progress = new TerminalProgress(System.err);
        ChineseAnnotator annotator = common.stages().annotator();
        try {
            r = PipelineBenchmark.run(input.dir, scale, threads, common.stages(), work, step -> progress.step("bench: " + step));
        } finally {
            progress.step(null);
            deleteTree(work);
        }
        double vsCoreNlp = r.charsPerSecond() / r.coreNlpCharsPerSecond();
        double vsLucene = r.charsPerSecond() / r.luceneCharsPerSecond();
        if (input.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("chars_per_s", r.charsPerSecond());
            out.put("articles_per_s", r.articlesPerSecond());
            out.put("claims_per_s", r.claimsPerSecond());
            out.put("cpu_s", r.cpuSeconds());
            out.put("warm_up_passes", r.warmUpPasses());
            out.put("jit_compile_s", r.jitSeconds());
            out.put("corenlp_share_chars", r.coreNlpShare().chars());
            out.put("corenlp_share_s", r.coreNlpShare().seconds());
            out.put("corenlp_models_with_hashed_lookups", annotator.modelsWithHashedLookups());
            out.put("cpu_ms_per_article", 1000 * r.cpuSeconds() / r.articles());
            out.put("corenlp_cpu_ms_per_article", 1000 * r.coreNlpShare().seconds() / r.articles());
            out.put("peak_heap_mb", r.peakLiveHeapBytes() / 1048576.0);
            out.put("peak_heap_with_garbage_mb", r.peakHeapWithGarbageBytes() / 1048576.0);
            out.put("corenlp_chars_per_s", r.coreNlpCharsPerSecond());
            out.put("lucene_chars_per_s", r.luceneCharsPerSecond());
            out.put("ratio_vs_corenlp", vsCoreNlp);
            out.put("ratio_vs_lucene", vsLucene);
            Json.print(System.out, out);
            return 0;
        }
        System.out.printf("pipeline %dx (%d threads; median of %d runs): %,d articles, %,d body chars, %,d claims in %.1f s (%.1f CPU s, JIT compiling %.1f s; after %d warm-up passes) = %,.0f chars/s, %.1f articles/s, %.1f claims/s; peak heap %,.0f MB live (after full collections every %d files of one more run), %,.0f MB with garbage (max %,d MB)%n",
                r.scale(), r.threads(), PipelineBenchmark.TIMED_RUNS, r.articles(), r.bodyChars(), r.claims(), r.seconds(), r.cpuSeconds(), r.jitSeconds(), r.warmUpPasses(), r.charsPerSecond(),
                r.articlesPerSecond(), r.claimsPerSecond(), r.peakLiveHeapBytes() / 1048576.0, PipelineBenchmark.LIVE_SAMPLE_EVERY,
                r.peakHeapWithGarbageBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        System.out.printf("  of which CoreNLP: %,d chars annotated (%.1f%% of the body text) in %.1f CPU s, %,d chars remembered from reprints%n",
                r.coreNlpShare().chars(), 100.0 * r.coreNlpShare().chars() / r.bodyChars(), r.coreNlpShare().seconds(),
                r.coreNlpShare().rememberedChars());
        System.out.printf("  CoreNLP speed-ups (hashed feature lookups, compact CRF weights) installed in %d of its %d models%n",
                annotator.modelsWithHashedLookups(), ChineseAnnotator.MODELS);
        System.out.printf("  per article: %.1f ms CPU, %.1f ms of it in CoreNLP%n",
                1000 * r.cpuSeconds() / r.articles(), 1000 * r.coreNlpShare().seconds() / r.articles());
        System.out.printf("CoreNLP Chinese pipeline (tokenize,ssplit,pos,lemma,ner; one thread): %,d chars of Chinese bodies in %.1f s = %,.0f chars/s; ours/CoreNLP = %.1fx%n",
                r.coreNlpChars(), r.coreNlpSeconds(), r.coreNlpCharsPerSecond(), vsCoreNlp);
        System.out.printf("plain Lucene (same bodies, same analyzers; one thread; median of %d runs, each after one of the pipeline's): %,d chars in %.1f s = %,.0f chars/s; ours/Lucene = %.2fx%n",
                PipelineBenchmark.TIMED_RUNS, r.luceneChars(), r.luceneSeconds(), r.luceneCharsPerSecond(), vsLucene);
        return 0;
    }

    @Command(name = "money", mixinStandardHelpOptions = true,
            description = "Money recognition (NFKC and the grammar) on one core: characters and UTF-8 megabytes per second.")
    static final class Money implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Input input;

        @Spec
        CommandSpec spec;

        @Option(names = "--passes", defaultValue = "5", description = "Timed passes after one warm-up, 1 to "
                + Money.MAX_PASSES + " (default: ${DEFAULT-VALUE}).")
        int passes;

        static final int MAX_PASSES = 1000;

        @Override
        public Integer call() throws UserError {
            OptionRanges.between(spec, "--passes", passes, 1, MAX_PASSES);
            MoneyBenchmark.Result r = MoneyBenchmark.run(common.stages().money(), input.dir, passes);
            input.report(r, () -> System.out.printf(
                    "money: %d files, %,d chars, %d mentions; %,.0f chars/s, %.2f MB/s of UTF-8 (one core)%n",
                    r.files(), r.chars(), r.mentions(), r.charsPerSecond(), r.utf8BytesPerSecond() / 1e6));
            return 0;
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = "Claim extraction (money, sentences, CoreNLP where it pays, rules) on one thread: characters and claims per second.")
    static final class Claims implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Input input;

        @Override
        public Integer call() throws Exception {
            ClaimBenchmark.Result r = ClaimBenchmark.run(common.stages(), input.dir);
            input.report(r, () -> System.out.println("claims: " + r));
            return 0;
        }
    }

    @Command(name = "reprints", mixinStandardHelpOptions = true,
            description = "Reprint detection with the sample grown N times by reprinting: documents per second at each size.")
    static final class Reprints implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Input input;

        @Spec
        CommandSpec spec;

        @Option(names = "--scales", split = ",", defaultValue = "1,4,16", description = "Corpus sizes as multiples of the sample, each 1 to "
                + OptionRanges.MAX_SCALE + " (default: ${DEFAULT-VALUE}).")
        List<Integer> scales;

        @Override
        public Integer call() throws Exception {
            for (int scale : scales) {
                OptionRanges.between(spec, "--scales", scale, 1, OptionRanges.MAX_SCALE);
            }
            Path work = Files.createTempDirectory("newsclaims-bench");
            try {
                List<ReprintBenchmark.Size> sizes = ReprintBenchmark.run(input.dir, scales, common.stages(), work);
                input.report(sizes, () -> sizes.forEach(s -> System.out.printf(
                        "reprints %2dx: %,6d documents in %6.1f s = %6.1f documents/s; %,d links, %,d clusters (%,d with reprints) built in %.2f s%n",
                        s.scale(), s.documents(), s.seconds(), s.documentsPerSecond(), s.links(), s.clusters(),
                        s.clustersWithReprints(), s.clusterSeconds())));
            } finally {
                deleteTree(work);
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export of a store of made-up claims, in every format: rows per second, file size and peak heap.",
                    "Run with a small heap (NEWSCLAIMS_HEAP=512m) to see that an export streams."})
    static final class Export implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Option(names = "--claims", paramLabel = "N", defaultValue = "1000000",
                description = "Claims in the store, 100 an article, at most " + Export.MAX_CLAIMS + " (default: ${DEFAULT-VALUE}).")
        int claims;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        static final int MAX_CLAIMS = 100_000_000;

        @Override
        public Integer call() throws Exception {
            OptionRanges.between(spec, "--claims", claims, 1, MAX_CLAIMS);
            Path work = Files.createTempDirectory("newsclaims-bench");
            try {
                ExportBenchmark.Result r = ExportBenchmark.run(claims, common.stages(), work);
                if (json) {
                    Json.print(System.out, r);
                    return 0;
                }
                System.out.printf("store of %,d claims written in %.1f s%n", r.claims(), r.storeSeconds());
                for (ExportBenchmark.FormatRun f : r.formats()) {
                    System.out.printf("%-8s %,d rows in %.1f s (%,.0f rows/s), %,d MB, peak heap %,d MB of max %,d MB%n", f.format(),
                            f.rows(), f.seconds(), f.rowsPerSecond(), f.bytes() >> 20, f.peakHeapBytes() >> 20,
                            Runtime.getRuntime().maxMemory() >> 20);
                }
            } finally {
                deleteTree(work);
            }
            return 0;
        }
    }

    @Command(name = "spark", mixinStandardHelpOptions = true,
            description = {"The spark job on a local master of 1 and of 2 cores against ingest on 1 and 2 threads, over DIR grown --scale times:",
                    "articles per second, scaling from 1 to 2 cores, cost per article against ingest's, the CPU time of each, and the executor's heap."})
    static final class Spark implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Input input;

        @Spec
        CommandSpec spec;

        @Option(names = "--scale", paramLabel = "N", defaultValue = "4",
                description = "Grow the sample N times, at most " + OptionRanges.MAX_SCALE + " (default: ${DEFAULT-VALUE}).")
        int scale;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed runs of each, 1 to 9; medians count (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            OptionRanges.between(spec, "--scale", scale, 1, OptionRanges.MAX_SCALE);
            OptionRanges.between(spec, "--runs", runs, 1, 9);
            Path work = Files.createTempDirectory("newsclaims-bench");
            TerminalProgress progress = new TerminalProgress(System.err);
            SparkBenchmark.Result r;
            try {
                r = SparkBenchmark.run(input.dir, scale, runs, common.models(), work, step -> progress.step("bench spark: " + step));
            } finally {
                progress.step(null);
                deleteTree(work);
            }
            input.report(r, () -> {
                System.out.printf("%,d articles (%dx), %,d claims; medians of %d runs%n", r.articles(), r.scale(), r.claims(), r.runs());
                System.out.printf("spark local[1]: %.1f s = %.1f articles/s; local[2]: %.1f s = %.1f articles/s; scaling 1->2 cores %.2fx (efficiency %.0f%%)%n",
                        r.sparkSeconds1(), r.articles() / r.sparkSeconds1(), r.sparkSeconds2(), r.articles() / r.sparkSeconds2(), r.scaling(),
                        50 * r.scaling());
                System.out.printf("ingest 1 thread: %.1f s = %.1f articles/s; 2 threads: %.1f s = %.1f articles/s%n",
                        r.ingestSeconds1(), r.articles() / r.ingestSeconds1(), r.ingestSeconds2(), r.articles() / r.ingestSeconds2());
                System.out.printf("cost per article in CPU time: spark %.2f ms on 1 core, ingest %.2f ms on 1 thread (spark/ingest %.2f)%n",
                        1000 * r.sparkCpuSeconds1() / r.articles(), 1000 * r.ingestCpuSeconds1() / r.articles(), r.costRatio());
                System.out.printf("in wall time: spark %.2f ms, ingest %.2f ms (spark/ingest %.2f; ingest's one thread kept %.1f cores busy)%n",
                        1000 * r.sparkSeconds1() / r.articles(), 1000 * r.ingestSeconds1() / r.articles(), r.wallRatio(),
                        r.ingestCpuSeconds1() / r.ingestSeconds1());
                System.out.printf("CPU time of the process: spark %.1f s on 1 core, %.1f s on 2; ingest %.1f s on 1 thread, %.1f s on 2%n",
                        r.sparkCpuSeconds1(), r.sparkCpuSeconds2(), r.ingestCpuSeconds1(), r.ingestCpuSeconds2());
                System.out.printf("executor heap (local master: this JVM, max %,d MB): peak %,d MB with garbage, %,d MB live after a 2-core run%n",
                        Runtime.getRuntime().maxMemory() >> 20, r.executorPeakHeapBytes() >> 20, r.executorLiveHeapBytes() >> 20);
            });
            return 0;
        }
    }

    @Command(name = "fuzz", mixinStandardHelpOptions = true,
            description = {"Seeded random inputs (random bytes, damaged news files in every encoding and format, random numeral text)",
                    "through reader, numeral grammar, money, claims and reprint fingerprint; exit 1 on any crash or hang."})
    static final class Fuzz implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Mixin
        Input input;

        @Option(names = "--inputs", paramLabel = "N", defaultValue = "10000", description = "Inputs to run (default: ${DEFAULT-VALUE}).")
        int inputs;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the inputs (default: ${DEFAULT-VALUE}).")
        long seed;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "I", defaultValue = "0", description = "First input, to run one again (default: ${DEFAULT-VALUE}).")
        int from;

        @Override
        public Integer call() throws Exception {
            if (inputs < 1 || from < 0) {
                throw new ParameterException(spec.commandLine(), "--inputs must be at least 1 and --from at least 0");
            }
            Fuzzer fuzzer = new Fuzzer(common.stages());
            TerminalProgress progress = new TerminalProgress(System.err);
            Fuzzer.Result r = fuzzer.run(new FuzzInputs(fuzzer.samples(input.dir), seed), seed, from, inputs,
                    done -> progress.update(done, inputs));
            progress.step(null);
            input.report(r, () -> System.out.print(r.summary()));
            return r.ok() ? 0 : 1;
        }
    }

    static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
