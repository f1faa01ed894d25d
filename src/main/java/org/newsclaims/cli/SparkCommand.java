package org.newsclaims.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.spark.SparkJob;
import org.newsclaims.spark.SparkJobException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run ingest on Apache Spark: read files and WARC/WARC.gz files, extract claims, cluster reprints,",
                "and write Parquet datasets articles/, claims/, links/ and clusters/ (by language and year) under --out.",
                "Inputs: files, directories and quoted globs. Exit code 1 when any file or record failed."})
final class SparkCommand implements Callable<Integer> {

    @Option(names = "--verbose", description = "On an error, show its stack trace and the errors that caused it.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories or globs ('cc-news/*.warc.gz').")
    List<String> inputs;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "${sys:newsclaims.models:-models}",
            description = "The rules, lexicons and tables extraction reads (default: the installation's models/).")
    Path modelsDir;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the datasets go (written whole, then renamed into place).")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT, ... (default: spark-submit's, else " + SparkJob.DEFAULT_MASTER + ").")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (spark.executor.memory=4g, ...); may repeat.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Slices the inputs are read in, 0 to " + OptionRanges.MAX_PARTITIONS
                    + " (default 0: four per core); reprint clustering takes a quarter as many.")
    int partitions;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Refuse files and WARC payloads larger than this many megabytes, at most " + IngestCommand.MAX_SIZE_MB
                    + " (default: ${DEFAULT-VALUE}).")
    int maxSizeMb;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        OptionRanges.between(spec, "--max-size", maxSizeMb, 1, IngestCommand.MAX_SIZE_MB);
        OptionRanges.between(spec, "--partitions", partitions, 0, OptionRanges.MAX_PARTITIONS);
        if (master != null && master.isBlank()) {
            throw new SparkJobException("--master is empty");
        }
        SparkJob.Report report = SparkJob.run(new SparkJob.Request(inputs, out, master, conf, models(),
                maxSizeMb * 1024L * 1024L, partitions, force, "newsclaims " + String.join(" ", spec.commandLine().getParseResult().originalArgs())));
        for (SparkJob.Failure f : report.failed()) {
            System.err.println("newsclaims: " + f.source() + ": " + f.reason());
        }
        if (json) {
            Json.print(System.out, report);
        } else {
            double secs = report.nanos() / 1e9;
            System.out.printf("read %d articles from %d files (%d web pages in other languages passed over), failed %d; %d claims, %d reprint links, %d clusters  (%.1f s, %,.1f articles/s on %s) into %s%n",
                    report.articles(), report.files(), report.otherLanguage(), report.failed().size(), report.claims(), report.links(), report.clusters(),
                    secs, secs > 0 ? report.articles() / secs : 0.0, report.master(), report.out());
        }
        return report.failed().isEmpty() ? 0 : 1;
    }

    private Path models() throws SparkJobException {
        if (!java.nio.file.Files.isDirectory(modelsDir)) {
            throw new SparkJobException("no models directory " + modelsDir);
        }
        return modelsDir;
    }
}
