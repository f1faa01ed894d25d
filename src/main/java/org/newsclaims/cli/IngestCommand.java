package org.newsclaims.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.pipeline.IngestJob;
import org.newsclaims.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news files (text, HTML, PDF, DOCX; any encoding) into the index.",
                "Unchanged files are skipped, changed ones replaced; a file that cannot be read is reported and skipped.",
                "Files extracted by other models (or another version) are extracted again.",
                "Exit code 1 when any file failed."})
final class IngestCommand implements Callable<Integer> {

    /** Larger files are read whole into memory by the parsers: beyond this the heap, not the limit, decides. */
    static final int MAX_SIZE_MB = 1024;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: the project's corpus/).")
    List<Path> paths;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Refuse files larger than this many megabytes, at most " + IngestCommand.MAX_SIZE_MB + " (default: ${DEFAULT-VALUE}).")
    int maxSizeMb;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + IngestJob.DEFAULT_COMMIT_EVERY,
            description = "Commit the index after every N new files (default: ${DEFAULT-VALUE}).")
    int commitEvery;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads that read and extract files, 1 to "
            + OptionRanges.MAX_THREADS + " (default: the number of cores).")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), OptionRanges.MAX_THREADS);

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        OptionRanges.between(spec, "--max-size", maxSizeMb, 1, MAX_SIZE_MB);
        OptionRanges.atLeast(spec, "--commit-every", commitEvery, 1);
        OptionRanges.between(spec, "--threads", threads, 1, OptionRanges.MAX_THREADS);
        // the launcher names its own folder, so the default corpus is found from any working directory
        List<Path> roots = paths == null || paths.isEmpty()
                ? List.of(Path.of(System.getProperty("newsclaims.home", "."), "corpus")) : paths;
        Stages stages = common.stages();
        stages = stages.withReader(stages.reader().withMaxBytes(maxSizeMb * 1024L * 1024L));
        IngestJob.Report report;
        try (ArticleStore store = ArticleStore.open(common.data(), stages.build())) {
            report = new IngestJob(stages, store, commitEvery, threads).run(roots, new TerminalProgress(System.err));
        }
        for (IngestJob.Failure f : report.failed()) {
            System.err.println("newsclaims: " + f.path() + ": " + f.reason());
        }
        if (json) {
            Json.print(System.out, report);
        } else {
            double secs = report.nanos() / 1e9;
            String reextracted = report.reextracted() == 0 ? ""
                    : " (" + report.reextracted() + " re-extracted: built by other models)";
            System.out.printf("ingested %d%s, unchanged %d, failed %d; %d claims  (%.1f s, %,.0f chars/s) into %s%n",
                    report.ingested(), reextracted, report.unchanged(), report.failed().size(), report.claims(), secs,
                    secs > 0 ? report.characters() / secs : 0.0, common.data());
        }
        return report.failed().isEmpty() ? 0 : 1;
    }
}
