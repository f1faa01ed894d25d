package org.newsclaims.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.newsclaims.UserError;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.dedup.ClaimReading;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.dedup.Variant;
import org.newsclaims.index.Fields;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.query.ArticleSearch;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.query.ClaimSearch;
import org.newsclaims.query.ClusterVariants;
import org.newsclaims.query.QueryException;
import org.newsclaims.query.StoreReader;

/**
 * Writes what a claims query selects (or the articles) to a file, streaming, with a dataset card
 * beside it. Everything is written to temporary files in the target's directory and renamed at
 * the end, so a failed export never leaves a partial file under the final names; the temporary
 * files of an export that was killed are removed by the next export to the same names.
 */
public final class Exporter {

    /**
     * What to export. {@code gold}: the gold file {@code scorer} scores this build against for the
     * card, or null not to (and no scorer is needed). {@code collapse}
     * with {@code articles}: canonical articles only. {@code variants}: the claim variants of every
     * reprint cluster instead of claims, read with {@code swaps}.
     */
    public record Request(Path data, ExportFormat format, Path out, boolean force, boolean collapse, boolean articles,
                          boolean variants, ClaimFilter filter, Path gold, GoldScorer scorer, String tool, String commandLine,
                          SpinSwaps swaps) {
    }

    public record Result(Path file, Path cardMarkdown, Path cardJson, DatasetCard card) {
    }

    private static final int ARTICLE_PAGE = 200;

    /** What follows {@code .NAME.} in a temporary file's name. */
    private static final Pattern PART = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part");

    /** A write that failed (a full disk, a lost mount), told of the file the user asked for, not of its temporary name. */
    private static final class WriteFailed extends IOException {
        WriteFailed(Path target, IOException cause) {
            super("cannot write " + target + ": "
                    + (cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : cause.getMessage()), cause);
        }
    }

    private Exporter() {
    }

    /** Runs {@code r}, telling reprint clusters apart by {@code markers}. */
    public static Result run(Request r, Clusters.Markers markers) throws QueryException, IOException {
        Path out = r.out().toAbsolutePath().normalize();
        Path md = out.resolveSibling(out.getFileName() + ".card.md");
        Path json = out.resolveSibling(out.getFileName() + ".card.json");
        checkTargets(r.force(), out, md, json);
        removeStaleParts(out, md, json);
        if (r.articles() && r.variants()) {
            throw new ExportException("--articles and --variants export different rows: choose one");
        }
        if (r.articles() || r.variants()) {
            checkOnlyLang(r.filter(), r.articles() ? "--articles" : "--variants");
        }
        if (r.variants() && r.collapse()) {
            throw new ExportException("--variants takes no --collapse: its rows are per cluster already");
        }
        Map<String, Map<String, Object>> evaluation = r.gold() == null ? null : evaluate(r.scorer(), r.gold());
        List<Path> temps = new ArrayList<>();
        try (StoreReader store = StoreReader.open(r.data())) {
            IndexSearcher searcher = store.searcher();
            Clusters clusters = StoredClusters.build(searcher, markers);
            Path data = temp(out, temps);
            DatasetCard card = r.articles() ? writeArticles(r, searcher, clusters, data, out, evaluation)
                    : r.variants() ? writeVariants(r, searcher, clusters, data, out, evaluation)
                    : writeClaims(r, searcher, clusters, data, out, evaluation);
            Path mdTemp = temp(md, temps);
            Path jsonTemp = temp(json, temps);
            try {
                card.writeMarkdown(mdTemp);
            } catch (IOException e) {
                throw new WriteFailed(md, e);
            }
            try {
                card.writeJson(jsonTemp);
            } catch (IOException e) {
                throw new WriteFailed(json, e);
            }
            move(data, out);
            move(mdTemp, md);
            move(jsonTemp, json);
            return new Result(out, md, json, card);
        } catch (WriteFailed e) {
            throw new ExportException(e.getMessage(), e);
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }

    private static DatasetCard writeClaims(Request r, IndexSearcher searcher, Clusters clusters, Path file, Path out,
                                           Map<String, Map<String, Object>> evaluation) throws QueryException, IOException {
        List<Column<ClaimRow>> columns = ClaimRow.columns(r.collapse());
        Tally<ClaimRow> tally = new Tally<>(ClaimRow.countedBy(), row -> row.hit().path());
        try (RowWriter<ClaimRow> writer = open(r.format(), file, out, columns)) {
            new ClaimSearch(searcher, clusters).stream(r.filter(), r.collapse(), hit -> {
                Cluster c = clusters.ofPath(hit.path());
                ClaimRow row = new ClaimRow(hit, c != null && c.canonical().equals(hit.path()));
                writer.write(row);
                tally.add(row);
            });
        }
        return card(r, out, "claims" + (r.collapse() ? " (collapsed across reprints)" : ""), filters(r.filter(), r.collapse()),
                tally, columns, evaluation);
    }

    private static DatasetCard writeVariants(Request r, IndexSearcher searcher, Clusters clusters, Path file, Path out,
                                             Map<String, Map<String, Object>> evaluation) throws IOException {
        Tally<VariantRow> tally = new Tally<>(VariantRow.countedBy(), row -> row.variant().memberPath());
        String lang = r.filter().lang();
        try (RowWriter<VariantRow> writer = open(r.format(), file, out, VariantRow.COLUMNS)) {
            for (Cluster c : clusters.all()) {
                for (Variant v : ClusterVariants.of(searcher, clusters, c, r.swaps()).variants()) {
                    ClaimReading member = v.member() != null ? v.member() : v.canonical();
                    if (lang == null || (v.member() != null && member.language().startsWith(lang))) {
                        VariantRow row = new VariantRow(c.id(), c.canonical(), v);
                        writer.write(row);
                        tally.add(row);
                    }
                }
            }
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        put(filters, "lang", lang == null ? null : lang + " (of the member)");
        return card(r, out, "claim variants across reprint clusters", filters, tally, VariantRow.COLUMNS, evaluation);
    }

    private static DatasetCard writeArticles(Request r, IndexSearcher searcher, Clusters clusters, Path file, Path out,
                                             Map<String, Map<String, Object>> evaluation) throws QueryException, IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        if (r.filter().lang() != null) {
            q.add(ArticleSearch.languageFilter(r.filter().lang()), BooleanClause.Occur.FILTER);
        }
        Query query = q.build();
        Set<String> stored = Set.of(Fields.DOC_ID, Fields.PATH, Fields.TITLE, Fields.DATE, Fields.LANGUAGE, Fields.BODY);
        Tally<ArticleRow> tally = new Tally<>(ArticleRow.countedBy(), ArticleRow::path);
        try (RowWriter<ArticleRow> writer = open(r.format(), file, out, ArticleRow.COLUMNS)) {
            ScoreDoc after = null;
            ScoreDoc[] page;
            do {
                page = searcher.searchAfter(after, query, ARTICLE_PAGE, Sort.INDEXORDER).scoreDocs;
                StoredFields fields = searcher.storedFields();
                for (ScoreDoc sd : page) {
                    ArticleRow row = article(fields.document(sd.doc, stored), clusters);
                    if (!r.collapse() || row.canonical()) {
                        writer.write(row);
                        tally.add(row);
                    }
                }
                after = page.length == 0 ? after : page[page.length - 1];
            } while (page.length == ARTICLE_PAGE);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        if (r.filter().lang() != null) {
            filters.put("lang", r.filter().lang());
        }
        if (r.collapse()) {
            filters.put("collapse", "canonical articles only");
        }
        return card(r, out, "articles", filters, tally, ArticleRow.COLUMNS, evaluation);
    }

    /** A writer to {@code temp} whose failures name {@code target}. */
    private static <R> RowWriter<R> open(ExportFormat format, Path temp, Path target, List<Column<R>> columns)
            throws WriteFailed {
        RowWriter<R> writer;
        try {
            writer = format.open(temp, columns);
        } catch (IOException e) {
            throw new WriteFailed(target, e);
        }
        return new RowWriter<>() {
            @Override
            public void write(R row) throws IOException {
                try {
                    writer.write(row);
                } catch (IOException e) {
                    throw new WriteFailed(target, e);
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw new WriteFailed(target, e);
                }
            }
        };
    }

    private static ArticleRow article(Document d, Clusters clusters) {
        String path = d.get(Fields.PATH);
        Cluster c = clusters.ofPath(path);
        String relation = c == null ? null : c.members().stream().filter(m -> m.path().equals(path))
                .map(Cluster.Member::relation).findFirst().orElse(null);
        return new ArticleRow(d.get(Fields.DOC_ID), path, d.get(Fields.TITLE), ClaimRow.date(d.get(Fields.DATE)),
                d.get(Fields.LANGUAGE), c == null ? null : c.id(), relation, c != null && c.canonical().equals(path),
                d.get(Fields.BODY));
    }

    private static <R> DatasetCard card(Request r, Path out, String dataset, Map<String, Object> filters, Tally<R> tally,
                                        List<Column<R>> columns, Map<String, Map<String, Object>> evaluation) {
        return new DatasetCard(r.tool(), r.commandLine(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), dataset,
                r.format().toString(), out.toString(),
                r.format() == ExportFormat.CSV ? List.of(CsvWriter.FORMULA_GUARD) : List.of(), filters, tally.rows(), tally.counts(),
                columns.stream().map(c -> new DatasetCard.Field(c.name(), c.typeName(), c.description())).toList(),
                r.gold() == null ? null : r.gold().toString(), evaluation, tally.sources());
    }

    private static Map<String, Object> filters(ClaimFilter f, boolean collapse) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "query", f.text());
        put(m, "subject", f.subject());
        put(m, "metric", f.metric());
        put(m, "source", f.source());
        put(m, "currency", f.currency());
        put(m, "min", f.min() == null ? null : f.min().toPlainString() + (f.usd() ? " USD" : ""));
        put(m, "max", f.max() == null ? null : f.max().toPlainString() + (f.usd() ? " USD" : ""));
        put(m, "usd", f.usd() ? "only claims with a USD value" : null);
        put(m, "lang", f.lang());
        put(m, "year", f.year());
        put(m, "hedged", f.hedgedOnly() ? "hedged claims only" : null);
        put(m, "collapse", collapse ? "one row per claim per reprint cluster" : null);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void checkOnlyLang(ClaimFilter f, String option) throws ExportException {
        if (f.text() != null || f.subject() != null || f.metric() != null || f.source() != null || f.currency() != null
                || f.min() != null || f.max() != null || f.usd() || f.year() != null || f.hedgedOnly()) {
            throw new ExportException(option + " takes only --lang" + ("--articles".equals(option) ? " and --collapse" : "")
                    + " of the filters");
        }
    }

    private static void checkTargets(boolean force, Path... targets) throws ExportException {
        Path dir = targets[0].getParent();
        if (!Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + targets[0] + ": " + dir
                    + (Files.exists(dir) ? " is not a directory" : " does not exist"));
        }
        for (Path t : targets) {
            if (Files.isDirectory(t)) {
                throw new ExportException("cannot write " + t + ": it is a directory");
            }
            if (Files.exists(t) && !force) {
                throw new ExportException(t + " exists (use --force to replace it)");
            }
        }
    }

    private static Map<String, Map<String, Object>> evaluate(GoldScorer scorer, Path gold) throws ExportException {
        try {
            return scorer.score(gold);
        } catch (UserError e) {
            throw new ExportException(e.getMessage() + " (for the dataset card's evaluation; --no-eval skips it)", e);
        }
    }

    /** The temporary files of {@code targets} that an export killed before it could delete them left behind. */
    private static void removeStaleParts(Path... targets) throws IOException {
        for (Path target : targets) {
            String prefix = "." + target.getFileName() + ".";
            try (DirectoryStream<Path> parts = Files.newDirectoryStream(target.getParent(), p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && PART.matcher(name.substring(prefix.length())).matches();
            })) {
                for (Path part : parts) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    private static Path temp(Path target, List<Path> temps) throws ExportException {
        try {
            // createFile, not createTempFile: the file gets the umask's permissions, as any file a user writes
            Path t = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part"));
            temps.add(t);
            return t;
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + target + ": " + target.getParent() + " is not writable", e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException, ExportException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            throw new ExportException("cannot write " + to + ": " + e.getReason(), e);
        }
    }
}
