package org.newsclaims.spark;

import org.newsclaims.pipeline.Stages;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsclaims.export.ArticleRow;
import org.newsclaims.export.ClaimRow;
import org.newsclaims.export.Column;
import org.newsclaims.export.DatasetCard;
import org.newsclaims.pipeline.IngestJob;
import scala.Tuple2;

/**
 * {@code ingest} on Apache Spark: files and WARC files read, extracted and fingerprinted in tasks (the
 * stages loaded once per executor JVM), reprints clustered over all articles at once ({@link ReprintGraph}),
 * and the results written as Parquet datasets ({@code articles/}, {@code claims/}, {@code links/},
 * {@code clusters/}, by language and year) with a dataset card each. The output is written under a
 * temporary name beside {@code out} and renamed to it at the end, so {@code out} never holds half a run.
 */
public final class SparkJob {

    public static final String DEFAULT_MASTER = "local[*]";

    /**
     * {@code master}: null for spark-submit's or {@link #DEFAULT_MASTER}; {@code conf}: Spark settings;
     * {@code partitions}: input slices (0: four per core); {@code force}: replace an existing {@code out}.
     */
    public record Request(List<String> inputs, Path out, String master, Map<String, String> conf, Path models, long maxBytes,
                          int partitions, boolean force, String commandLine) {
    }

    public record Failure(String source, String reason) implements java.io.Serializable {
    }

    /** {@code otherLanguage}: web pages of WARC files in other languages, passed over; {@code clusters}: of two or more articles. */
    public record Report(String master, int files, long articles, long otherLanguage, long claims, long links, long clusters,
                         List<Failure> failed, long nanos, Path out) {
        public Report {
            failed = List.copyOf(failed);
        }
    }

    private static final String PART = ".part";
    /** Input slices a core by default: enough that a core that finishes early takes another. */
    private static final int SLICES_PER_CORE = 4;

    private SparkJob() {
    }

    /** Runs the job on a Spark session of its own, stopped at the end; bad inputs are refused before Spark starts. */
    public static Report run(Request r) throws IOException, SparkJobException {
        Plan plan = plan(r);
        SparkConf conf = new SparkConf().setAppName("newsclaims");
        if (r.master() != null) {
            conf.setMaster(r.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        r.conf().forEach(conf::set);
        SparkSession spark;
        try {
            spark = SparkSession.builder().config(conf).getOrCreate();
        } catch (RuntimeException e) {
            throw new SparkJobException("cannot start Spark (master " + conf.get("spark.master") + "): " + e.getMessage(), e);
        }
        try {
            return run(r, plan, spark);
        } finally {
            spark.stop();
        }
    }

    /** What a run reads and where it writes: the output checked, the inputs found ({@code nanos}: how long that took). */
    private record Plan(Path out, List<Path> files, List<IngestJob.Failure> walkFailures, long nanos) {
    }

    private static Plan plan(Request r) throws SparkJobException {
        long t0 = System.nanoTime();
        Path out = r.out().toAbsolutePath().normalize();
        checkOut(out, r.force());
        List<IngestJob.Failure> walkFailures = new ArrayList<>();
        List<Path> files = Inputs.files(r.inputs(), walkFailures);
        if (files.isEmpty() && walkFailures.isEmpty()) {
            throw new SparkJobException("no input files in " + String.join(" ", r.inputs()));
        }
        return new Plan(out, files, walkFailures, System.nanoTime() - t0);
    }

    /** Runs the job on {@code spark}. */
    public static Report run(Request r, SparkSession spark) throws IOException, SparkJobException {
        return run(r, plan(r), spark);
    }

    private static Report run(Request r, Plan plan, SparkSession spark) throws IOException {
        // the time a run takes counts the inputs' listing, done before Spark starts
        long t0 = System.nanoTime() - plan.nanos();
        Path out = plan.out();
        List<Path> files = plan.files();
        removeStaleParts(out);
        Path temp = out.resolveSibling("." + out.getFileName() + "." + UUID.randomUUID() + PART);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ExecutorStages.Settings settings = new ExecutorStages.Settings(r.models().toAbsolutePath().toString(), r.maxBytes());
        try {
            int slices = Math.max(1, Math.min(files.size(), r.partitions() > 0 ? r.partitions() : SLICES_PER_CORE * sc.defaultParallelism()));
            // kept serialized: Spark would otherwise walk every article's object graph to estimate its size,
            // which took longer than extracting it
            // absolute: an executor's working directory is not the driver's
            JavaRDD<Outcome> outcomes = sc.parallelize(files.stream().map(f -> f.toAbsolutePath().toString()).toList(), slices)
                    .mapPartitions(paths -> read(settings, paths))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            List<Failure> failed = new ArrayList<>();
            plan.walkFailures().forEach(f -> failed.add(new Failure(f.path(), f.reason())));
            long otherLanguage = 0;
            for (Tuple2<List<Failure>, Long> task : outcomes.mapPartitions(SparkJob::failures).collect()) {
                failed.addAll(task._1());
                otherLanguage += task._2();
            }
            JavaRDD<Doc> docs = outcomes.filter(o -> o.doc() != null).map(Outcome::doc);

            // the graph's shuffles into a fixed number of partitions (Spark's default would grow it): its data are
            // fingerprints and links, a small part of the articles', so a quarter as many as the input (by default one a core)
            Partitioner partitioner = new HashPartitioner(Math.max(1, slices / SLICES_PER_CORE));
            JavaRDD<ReprintGraph.Link> links = ReprintGraph.links(docs.map(Doc::print), partitioner)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            // articles in clusters are a part of all: the driver holds their places and sends them to every task,
            // so that the articles themselves stay where they are
            Map<String, ReprintGraph.Membership> members = new HashMap<>(
                    ReprintGraph.memberships(links, ReprintGraph.components(links, partitioner), docs, settings, partitioner).collectAsMap());
            Broadcast<Map<String, ReprintGraph.Membership>> clustered = sc.broadcast(members);
            JavaRDD<Placed> placed = docs.map(d -> new Placed(d, clustered.value().get(d.path())));

            // one pass over the articles writes the three datasets made of them
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>(Datasets.write(placed, List.of(ARTICLES, CLAIMS, CLUSTERS),
                    temp.toString()));
            counts.putAll(Datasets.write(links, List.of(LINKS), temp.toString()));
            Map<String, Long> sources = Map.of(String.join(" ", r.inputs()), (long) files.size());
            Map<String, DatasetCard> cards = new LinkedHashMap<>();
            cards.put("articles", card(r, "articles", counts.get("articles"), ArticleRow.COLUMNS, sources));
            cards.put("claims", card(r, "claims", counts.get("claims"), ClaimRow.columns(false), sources));
            cards.put("links", card(r, "links", counts.get("links"), Rows.LINK_COLUMNS, sources));
            cards.put("clusters", card(r, "clusters", counts.get("clusters"), Rows.CLUSTER_COLUMNS, sources));
            for (Map.Entry<String, DatasetCard> e : cards.entrySet()) {
                e.getValue().writeMarkdown(temp.resolve(e.getKey() + ".card.md"));
                e.getValue().writeJson(temp.resolve(e.getKey() + ".card.json"));
            }
            long clusters = members.values().stream().map(ReprintGraph.Membership::clusterId).distinct().count();
            Report report = new Report(sc.master(), files.size(), cards.get("articles").rows(), otherLanguage, cards.get("claims").rows(),
                    cards.get("links").rows(), clusters, failed, System.nanoTime() - t0, out);
            publish(temp, out);
            outcomes.unpersist();
            links.unpersist();
            clustered.destroy();
            return report;
        } finally {
            deleteTree(temp);
        }
    }

    /**
     * Makes the stages of this JVM forget the spans CoreNLP has annotated, so that the next run on a local
     * master starts as a new executor would: for benchmarks, whose rounds must not reuse each other's work.
     */
    public static void forgetSpans() {
        ExecutorStages.forgetSpans();
    }

    /** The failures among a task's outcomes, and how many web pages in other languages it passed over. */
    private static Iterator<Tuple2<List<Failure>, Long>> failures(Iterator<Outcome> outcomes) {
        List<Failure> failed = new ArrayList<>();
        long otherLanguage = 0;
        while (outcomes.hasNext()) {
            Outcome o = outcomes.next();
            if (o.failure() != null) {
                failed.add(new Failure(o.source(), o.failure()));
            } else if (o.doc() == null) {
                otherLanguage++;
            }
        }
        return List.of(new Tuple2<>(failed, otherLanguage)).iterator();
    }

    /** Reads the files of a task: each file one outcome, a WARC file one per web page in it. */
    private static Iterator<Outcome> read(ExecutorStages.Settings settings, Iterator<String> paths) {
        Stages stages = ExecutorStages.get(settings);
        return new Iterator<>() {
            private Iterator<Outcome> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && paths.hasNext()) {
                    Path file = Path.of(paths.next());
                    current = Inputs.warc(file) ? WarcArticles.of(stages, file) : List.of(Extraction.file(stages, file)).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Outcome next() {
                hasNext();
                return current.next();
            }
        };
    }

    /** An article and its cluster of two or more, if it is in one. */
    record Placed(Doc doc, ReprintGraph.Membership membership) implements java.io.Serializable {

        String clusterId() {
            return membership == null ? doc.docId() : membership.clusterId();
        }

        boolean canonical() {
            return membership == null || membership.canonicalPath().equals(doc.path());
        }

        ArticleRow article() {
            return new ArticleRow(doc.docId(), doc.path(), doc.title(), doc.date() == null ? null : LocalDate.parse(doc.date()),
                    doc.lang(), clusterId(), membership == null ? "canonical" : membership.relation(), canonical(), doc.body());
        }

        List<ClaimRow> claims() {
            return doc.claims().stream().map(c -> new ClaimRow(c.withCluster(clusterId()), canonical())).toList();
        }
    }

    private static final Datasets.Target<Placed, ArticleRow> ARTICLES = new Datasets.Target<>("articles", new Datasets.Layout<>(
            () -> ArticleRow.COLUMNS, a -> Doc.partition(a.language(), a.date() == null ? null : a.date().toString()), ArticleRow::path),
            p -> List.of(p.article()));
    private static final Datasets.Target<Placed, ClaimRow> CLAIMS = new Datasets.Target<>("claims", new Datasets.Layout<>(
            () -> ClaimRow.columns(false), c -> Doc.partition(c.hit().language(), c.hit().date()),
            c -> c.hit().path() + "\t" + String.format("%010d", c.hit().start())),
            Placed::claims);
    private static final Datasets.Target<Placed, Placed> CLUSTERS = new Datasets.Target<>("clusters", new Datasets.Layout<>(
            () -> Rows.CLUSTER_COLUMNS, p -> p.doc().partition(), p -> p.clusterId() + "\t" + p.doc().path()),
            p -> p.membership() == null ? List.of() : List.of(p));
    private static final Datasets.Target<ReprintGraph.Link, ReprintGraph.Link> LINKS = new Datasets.Target<>("links",
            new Datasets.Layout<>(() -> Rows.LINK_COLUMNS, ReprintGraph.Link::partition, l -> l.path() + "\t" + l.otherPath()), List::of);

    private static <R> DatasetCard card(Request r, String dataset, Map<String, Long> byPartition, List<Column<R>> columns,
                                        Map<String, Long> sources) {
        Map<String, Long> byLang = new LinkedHashMap<>();
        Map<String, Long> byYear = new LinkedHashMap<>();
        byPartition.forEach((partition, n) -> {
            byLang.merge(partition.substring(0, partition.indexOf('/')), n, Long::sum);
            byYear.merge(partition.substring(partition.indexOf('/') + 1), n, Long::sum);
        });
        return new DatasetCard("newsclaims " + org.newsclaims.BuildInfo.VERSION, r.commandLine(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), dataset, "parquet", dataset + "/",
                List.of("Parquet files in directories by language and year of publication (" + Doc.UNDATED
                        + " where the article gives no date): " + dataset + "/LANG/YEAR/part-N.parquet; read them all with "
                        + dataset + "/**/*.parquet."),
                Map.of(), byPartition.values().stream().mapToLong(Long::longValue).sum(),
                Map.of("language", byLang, "year", byYear),
                columns.stream().map(c -> new DatasetCard.Field(c.name(), c.typeName(), c.description())).toList(),
                null, null, sources);
    }

    private static void checkOut(Path out, boolean force) throws SparkJobException {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new SparkJobException("cannot write " + out + ": " + parent + " does not exist");
        }
        if (Files.exists(out) && !force) {
            throw new SparkJobException(out + " exists (use --force to replace it)");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new SparkJobException("cannot write " + out + ": it is a file");
        }
    }

    /** Puts {@code temp} in the place of {@code out}: an old {@code out} is moved aside first and then deleted. */
    private static void publish(Path temp, Path out) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling("." + out.getFileName() + "." + UUID.randomUUID() + PART);
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** The temporary directories that a run killed before it could delete them left beside {@code out}. */
    private static void removeStaleParts(Path out) throws IOException {
        String prefix = "." + out.getFileName() + ".";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(out.getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(PART))) {
            for (Path part : parts) {
                deleteTree(part);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
