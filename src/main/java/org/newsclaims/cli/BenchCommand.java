package org.newsclaims.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsclaims.ModelFiles;
import org.newsclaims.claims.ClaimBenchmark;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.ReprintBenchmark;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.index.FxTable;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.money.MoneyBenchmark;
import org.newsclaims.money.MoneyRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput of a stage over a folder of news (default ../shared/news-sample).",
        subcommands = {BenchCommand.Money.class, BenchCommand.Claims.class, BenchCommand.Reprints.class})
final class BenchCommand {

    static final String SAMPLE = "../shared/news-sample";

    @Command(name = "money", mixinStandardHelpOptions = true,
            description = "Money recognition (NFKC and the grammar) on one core: characters and UTF-8 megabytes per second.")
    static final class Money implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = SAMPLE, description = "Text files (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--passes", defaultValue = "5", description = "Timed passes after one warm-up (default: ${DEFAULT-VALUE}).")
        int passes;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            MoneyBenchmark.Result r = MoneyBenchmark.run(MoneyRecognizer.load(ModelFiles.dir()), dir, passes);
            if (json) {
                Json.print(System.out, r);
            } else {
                System.out.printf("money: %d files, %,d chars, %d mentions; %,.0f chars/s, %.2f MB/s of UTF-8 (one core)%n",
                        r.files(), r.chars(), r.mentions(), r.charsPerSecond(), r.utf8BytesPerSecond() / 1e6);
            }
            return 0;
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = "Claim extraction (money, sentences, CoreNLP where it pays, rules) on one thread: characters and claims per second.")
    static final class Claims implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = SAMPLE, description = "Text files (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            ClaimBenchmark.Result r = ClaimBenchmark.run(ClaimExtractor.load(ModelFiles.dir()), dir);
            if (json) {
                Json.print(System.out, r);
            } else {
                System.out.println("claims: " + r);
            }
            return 0;
        }
    }

    @Command(name = "reprints", mixinStandardHelpOptions = true,
            description = "Reprint detection with the sample grown N times by reprinting: documents per second at each size.")
    static final class Reprints implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = SAMPLE, description = "News files (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--scales", split = ",", defaultValue = "1,4,16", description = "Corpus sizes as multiples of the sample (default: ${DEFAULT-VALUE}).")
        List<Integer> scales;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("newsclaims-bench");
            try {
                List<ReprintBenchmark.Size> sizes = ReprintBenchmark.run(dir, scales, ArticleReader.withDefaults(),
                        new ReprintDetector(MoneyRecognizer.load(ModelFiles.dir())),
                        FxTable.load(ModelFiles.resolve("fx/usd-rates.tsv")), work);
                if (json) {
                    Json.print(System.out, sizes);
                    return 0;
                }
                for (ReprintBenchmark.Size s : sizes) {
                    System.out.printf("reprints %2dx: %,6d documents in %6.1f s = %6.1f documents/s; %,d links, %,d clusters (%,d with reprints) built in %.2f s%n",
                            s.scale(), s.documents(), s.seconds(), s.documentsPerSecond(), s.links(), s.clusters(),
                            s.clustersWithReprints(), s.clusterSeconds());
                }
            } finally {
                deleteTree(work);
            }
            return 0;
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
