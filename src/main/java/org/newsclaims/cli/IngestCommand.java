package org.newsclaims.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsclaims.ModelFiles;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.index.FxTable;
import org.newsclaims.index.IngestJob;
import org.newsclaims.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news files (text, HTML, PDF, DOCX; any encoding) into the index.",
                "Unchanged files are skipped, changed ones replaced; a file that cannot be read is reported and skipped.",
                "Exit code 1 when any file failed."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: the project's corpus/).")
    List<Path> paths;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    int maxSizeMb;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + IngestJob.DEFAULT_COMMIT_EVERY,
            description = "Commit the index after every N new files (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads that read and extract files (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // the launcher names its own folder, so the default corpus is found from any working directory
        List<Path> roots = paths == null || paths.isEmpty()
                ? List.of(Path.of(System.getProperty("newsclaims.home", "."), "corpus")) : paths;
        ArticleReader reader = ArticleReader.withMaxBytes(maxSizeMb * 1024L * 1024L);
        IngestJob.Report report;
        try (ArticleStore store = ArticleStore.open(common.data())) {
            report = new IngestJob(reader, ClaimExtractor.load(ModelFiles.dir()),
                    new ReprintDetector(MoneyRecognizer.load(ModelFiles.dir())),
                    FxTable.load(ModelFiles.resolve("fx/usd-rates.tsv")), store, Math.max(1, commitEvery), Math.max(1, threads))
                    .run(roots, new TerminalProgress(System.err));
        }
        for (IngestJob.Failure f : report.failed()) {
            System.err.println("newsclaims: " + f.path() + ": " + f.reason());
        }
        if (json) {
            Json.print(System.out, report);
        } else {
            double secs = report.nanos() / 1e9;
            System.out.printf("ingested %d, unchanged %d, failed %d; %d claims  (%.1f s, %,.0f chars/s) into %s%n",
                    report.ingested(), report.unchanged(), report.failed().size(), report.claims(), secs,
                    secs > 0 ? report.characters() / secs : 0.0, common.data());
        }
        return report.failed().isEmpty() ? 0 : 1;
    }
}
