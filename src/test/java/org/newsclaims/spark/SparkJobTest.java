package org.newsclaims.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcWriter;
import org.newsclaims.TestStages;
import org.newsclaims.cli.Main;

/** The spark job on local[2] against {@code ingest} on the same inputs, and on inputs that fail. */
class SparkJobTest {

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("SparkJobTest").config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static SparkJob.Request request(List<String> inputs, Path out, boolean force) {
        return new SparkJob.Request(inputs, out, null, Map.of(), TestStages.MODELS.dir(), 20L << 20, 0, force, "test");
    }

    @Test
    void claimsAndClustersAreExactlyThoseOfIngest() throws Exception {
        assertSameAsIngest(spark, tmp.resolve("out"));
    }

    /** Runs the job on {@code spark} over the news sample and the WARC of web pages, and compares its output with ingest's. */
    static void assertSameAsIngest(SparkSession spark, Path out) throws Exception {
        SparkCorpus.Baseline ingest = SparkCorpus.baseline(spark);
        SparkJob.Report report = SparkJob.run(request(List.of(SparkCorpus.NEWS.toString(), ingest.warc().toString()), out, false), spark);
        assertTrue(ingest.claims().size() > 1000, "the sample has claims: " + ingest.claims().size());
        assertEquals(ingest.claims(), SparkCorpus.claims(spark, out.resolve("claims").toString()));
        assertTrue(ingest.clusters().values().stream().anyMatch(m -> m.stream().anyMatch(p -> p.endsWith(".txt.html"))),
                "the web pages made of news articles are clustered with them: " + ingest.clusters());
        assertEquals(ingest.clusters(), SparkCorpus.clusters(spark, out.resolve("articles").toString()));
        assertEquals(ingest.claims().size(), report.claims());
        assertEquals(List.of(), report.failed());
        assertEquals(ingest.claimsSchema(), SparkCorpus.read(spark, out.resolve("claims").toString()).schema());
        assertEquals(ingest.articlesSchema(), SparkCorpus.read(spark, out.resolve("articles").toString()).schema());
        assertTrue(ingest.claimsInDuckDb().contains("value DECIMAL(38,18)"), ingest.claimsInDuckDb().toString());
        assertEquals(ingest.claimsInDuckDb(), SparkCorpus.duckDbColumns(out.resolve("claims") + "/**/*.parquet"));
        assertEquals(ingest.articlesInDuckDb(), SparkCorpus.duckDbColumns(out.resolve("articles") + "/**/*.parquet"));
    }

    @Test
    void badInputIsRefusedBeforeSparkStarts() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(2, Main.run("spark", tmp.resolve("missing").toString(), "--out", out.toString()));
        assertEquals(2, Main.run("spark", tmp + "/*.warc.gz", "--out", out.toString()));
        assertEquals(2, Main.run("spark", "corpus", "--out", tmp.resolve("no/such/dir").toString()));
        assertEquals(2, Main.run("spark", "corpus"), "--out is required");
        assertEquals(2, Main.run("spark", "corpus", "--out", out.toString(), "--max-size", "0"));
        SparkJobException e = assertThrows(SparkJobException.class,
                () -> SparkJob.run(request(List.of(tmp.resolve("missing").toString()), out, false), spark));
        assertEquals(tmp.resolve("missing") + ": no such file or directory", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void failuresAreCountedAndTheOutputIsReplacedWhole() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("corpus/000_0c0986e9bb383d28.txt"), in.resolve("good.txt"));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("noise.txt"), noise);
        Files.write(in.resolve("huge.txt"), new byte[(2 << 20) + 1]);
        Path warc = in.resolve("broken.warc");
        byte[] page = Files.readAllBytes(Path.of("src/test/resources/fixtures/000.html"));
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            w.write(SparkCorpus.response(SparkCorpus.SITE + "a.html", "text/html", page));
            w.write(SparkCorpus.response(SparkCorpus.SITE + "en.html", "text/html",
                    "<html><body><p>The company lost five billion dollars this year, the paper says.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8)));
        }
        Files.write(warc, "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.APPEND);
        Path out = tmp.resolve("out");
        SparkJob.Request r = new SparkJob.Request(List.of(in.toString()), out, null, Map.of(), TestStages.MODELS.dir(), 2L << 20, 3, false, "test");
        SparkJob.Report report = SparkJob.run(r, spark);

        assertEquals(2, report.articles(), "good.txt and the WARC's Chinese page");
        assertEquals(1, report.otherLanguage(), "the English page is passed over, not failed");
        List<String> failed = report.failed().stream().map(f -> Path.of(f.source().split(" ")[0]).getFileName() + ": " + f.reason()).sorted().toList();
        assertEquals(3, failed.size(), failed.toString());
        assertTrue(failed.get(0).startsWith("broken.warc: corrupt WARC record"), failed.toString());
        assertTrue(failed.get(1).startsWith("huge.txt: file too large"), failed.toString());
        assertTrue(failed.get(2).startsWith("noise.txt: not text"), failed.toString());

        Path marker = out.resolve("claims.card.json");
        String before = Files.readString(marker);
        SparkJobException refused = assertThrows(SparkJobException.class, () -> SparkJob.run(r, spark));
        assertEquals(out + " exists (use --force to replace it)", refused.getMessage());
        assertEquals(before, Files.readString(marker), "a refused run leaves the output alone");

        Files.delete(in.resolve("good.txt"));
        SparkJob.Report again = SparkJob.run(new SparkJob.Request(r.inputs(), out, null, Map.of(), TestStages.MODELS.dir(), 2L << 20, 3, true,
                "test"), spark);
        assertEquals(1, again.articles());
        assertEquals(1, SparkCorpus.read(spark, out.resolve("articles").toString()).count(), "the old output was replaced, not added to");
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("in", "out"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary output is left beside it");
        }
    }
}
