package org.newsclaims.spark;

import static org.newsclaims.TestStages.STAGES;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsclaims.cli.Main;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.pipeline.IngestJob;

/**
 * The inputs of the equality tests: the news sample, plus web pages (the HTML fixtures, and news-sample articles
 * written as HTML) that {@code ingest} reads as files and the spark job reads from a WARC.gz file holding the same
 * bytes; and what {@code ingest} and {@code export} make of them, to compare with.
 */
final class SparkCorpus {

    static final Path NEWS = Path.of("../shared/news-sample");
    static final String SITE = "https://news.example/pages/";
    private static final int NEWS_PAGES = 12;

    /** {@code pages}: the web pages as files; {@code warc}: the same pages as WARC response records. */
    record Inputs(Path pages, Path warc) {
    }

    private SparkCorpus() {
    }

    static Inputs write(Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String fixture : List.of("000.html", "001.html", "003.html")) {
            Files.copy(Path.of("src/test/resources/fixtures", fixture), pages.resolve("fixture-" + fixture));
        }
        List<Path> news = IngestJob.listFiles(List.of(NEWS), new ArrayList<>());
        for (Path p : news.subList(0, NEWS_PAGES)) {
            Article a = STAGES.reader().read(p);
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                    .append(escape(a.title())).append("</title></head><body><article>\n");
            a.bodyText().lines().forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
            html.append("</article></body></html>\n");
            Files.writeString(pages.resolve(p.getFileName() + ".html"), html);
        }
        Path warc = dir.resolve("pages.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            try (var listing = Files.list(pages)) {
                for (Path page : listing.sorted().toList()) {
                    w.write(response(SITE + page.getFileName(), "text/html", Files.readAllBytes(page)));
                }
            }
            // passed over: not a web page
            w.write(response(SITE + "data.json", "application/json", "{\"price\": \"5亿元\"}".getBytes(StandardCharsets.UTF_8)));
        }
        return new Inputs(pages, warc);
    }

    static WarcResponse response(String url, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-01-15T08:00:00Z")).body(MediaType.HTTP_RESPONSE, http)
                .build();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What {@code ingest} and {@code export} make of the news sample and the web pages; {@code warc}: the pages as WARC. */
    record Baseline(Path warc, List<String> claims, Map<String, List<String>> clusters, StructType claimsSchema,
                    StructType articlesSchema, List<String> claimsInDuckDb, List<String> articlesInDuckDb) {
    }

    private static Baseline baseline;

    /** The baseline, made once per test run (an ingest of the sample takes a minute) in a directory removed when the run ends. */
    static synchronized Baseline baseline(SparkSession spark) throws Exception {
        if (baseline == null) {
            Path dir = Files.createTempDirectory("spark-baseline");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            Inputs in = write(dir);
            Path claims = dir.resolve("claims.parquet");
            Path articles = dir.resolve("articles.parquet");
            ingestAndExport(dir.resolve("data"), List.of(NEWS, in.pages()), claims, articles);
            baseline = new Baseline(in.warc(), claims(spark, claims.toString()), clusters(spark, articles.toString()),
                    read(spark, claims.toString()).schema(), read(spark, articles.toString()).schema(), duckDbColumns(claims.toString()),
                    duckDbColumns(articles.toString()));
        }
        return baseline;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory: the system cleans it up in the end
        }
    }

    /** Ingests {@code roots} into a store under {@code data} as {@code ingest} does, and exports its claims and articles as Parquet. */
    private static void ingestAndExport(Path data, List<Path> roots, Path claims, Path articles) throws Exception {
        try (ArticleStore store = ArticleStore.open(data, STAGES.build())) {
            new IngestJob(STAGES, store, IngestJob.DEFAULT_COMMIT_EVERY, 2).run(roots, (done, total) -> { });
        }
        for (Path out : List.of(claims, articles)) {
            List<String> args = new ArrayList<>(List.of("export", "--format", "parquet", "--out", out.toString(), "--no-eval",
                    "--data", data.toString()));
            if (out == articles) {
                args.add("--articles");
            }
            if (Main.run(args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("export failed: " + args);
            }
        }
    }

    /** The claims of a Parquet dataset as the issue compares them: doc id, start, end, value, currency, metric, subject, source; sorted. */
    static List<String> claims(SparkSession spark, String parquet) {
        return read(spark, parquet).select("doc_id", "start", "end", "value", "currency", "metric", "subject", "source")
                .collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** The columns and their types, as DuckDB reads the Parquet files {@code glob} names. */
    static List<String> duckDbColumns(String glob) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + glob.replace("'", "''") + "')")) {
            while (rs.next()) {
                out.add(rs.getString("column_name") + " " + rs.getString("column_type"));
            }
        }
        return out;
    }

    /** A Parquet file, or a dataset of the spark job: every file under the directory, however deep. */
    static Dataset<Row> read(SparkSession spark, String parquet) {
        return spark.read().option("recursiveFileLookup", "true").parquet(parquet);
    }

    /** The reprint clusters of an articles dataset: cluster id → its members' paths, web pages by file name; clusters of two or more. */
    static Map<String, List<String>> clusters(SparkSession spark, String parquet) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Row r : read(spark, parquet).select("cluster_id", "path").collectAsList()) {
            String path = r.getString(1);
            String member = path.startsWith(SITE) ? path.substring(SITE.length()) : Path.of(path).getFileName().toString();
            out.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(member);
        }
        out.values().removeIf(members -> members.size() < 2);
        out.values().forEach(members -> members.sort(null));
        return out;
    }
}
