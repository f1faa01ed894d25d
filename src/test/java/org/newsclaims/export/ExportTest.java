package org.newsclaims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.bench.SyntheticClaims;
import org.newsclaims.cli.CliRun;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.query.ClaimSearch;
import org.newsclaims.query.StoreReader;

/**
 * Exports of the seed corpus (real ingest, real Lucene) read back by independent readers: Jackson
 * for JSONL, DuckDB for CSV and Parquet; every value compared exactly.
 */
class ExportTest {

    @TempDir
    static Path tmp;
    static String data;

    static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null, null, false, null, null, false);

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void ingest() {
        data = tmp.resolve("data").toString();
        CliRun r = run("ingest", "--data", data);
        assertEquals(0, r.code(), r.err());
    }

    /** What the store holds, read through the query API: the rows every export must reproduce. */
    static List<ClaimRow> expected(String dataDir, boolean collapse) throws Exception {
        List<ClaimRow> rows = new ArrayList<>();
        try (StoreReader store = StoreReader.open(Path.of(dataDir))) {
            Clusters clusters = StoredClusters.build(store.searcher(), STAGES.markers());
            new ClaimSearch(store.searcher(), clusters).stream(ALL, collapse, h -> {
                Cluster c = clusters.ofPath(h.path());
                rows.add(new ClaimRow(h, c.canonical().equals(h.path())));
            });
        }
        return rows;
    }

    static Path export(String dataDir, String format, String name, String... more) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("export", "--data", dataDir, "--format", format, "--out", out.toString()));
        args.addAll(List.of(more));
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void jsonlReadsBackWithEveryValueExactAndAttributionNested() throws Exception {
        List<ClaimRow> rows = expected(data, false);
        Path file = export(data, "jsonl", "seeds.jsonl", "--no-eval");
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(rows.size(), lines.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode n = json.readTree(lines.get(i));
            for (Column<ClaimRow> c : ClaimRow.columns(false)) {
                JsonNode v = c.group() == null ? n.get(c.name()) : n.get(c.group()).get(c.name());
                assertSame(c.value().apply(rows.get(i)), v.isNull() ? null : switch (c.type()) {
                    case STRING -> v.textValue();
                    case INT -> v.intValue();
                    case BOOLEAN -> v.booleanValue();
                    case DATE -> LocalDate.parse(v.textValue());
                    case DECIMAL -> v.decimalValue();
                    case STRING_LIST -> json.convertValue(v, List.class);
                }, c.name() + " of row " + i);
            }
        }
        assertTrue(lines.get(0).contains("\"attribution\":{\"source\":"), lines.get(0));
        assertTextInEveryScript(rows);
    }

    @Test
    void parquetReadsBackThroughDuckDbTypedAndExact() throws Exception {
        for (boolean collapse : new boolean[] {false, true}) {
            List<ClaimRow> rows = expected(data, collapse);
            Path file = collapse ? export(data, "parquet", "seeds-collapsed.parquet", "--no-eval", "--collapse")
                    : export(data, "parquet", "seeds.parquet", "--no-eval");
            List<Column<ClaimRow>> columns = ClaimRow.columns(collapse);
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
                try (ResultSet types = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
                    for (Column<ClaimRow> c : columns) {
                        assertTrue(types.next());
                        assertEquals(c.name(), types.getString(1));
                        assertEquals(switch (c.type()) {
                            case STRING -> "VARCHAR";
                            case INT -> "INTEGER";
                            case BOOLEAN -> "BOOLEAN";
                            case DATE -> "DATE";
                            case DECIMAL -> "DECIMAL(38,18)";
                            case STRING_LIST -> "VARCHAR[]";
                        }, types.getString(2), c.name());
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
                    int i = 0;
                    while (rs.next()) {
                        for (int col = 0; col < columns.size(); col++) {
                            Column<ClaimRow> c = columns.get(col);
                            assertSame(c.value().apply(rows.get(i)), duckValue(rs, col + 1, c.type()), c.name() + " of row " + i);
                        }
                        i++;
                    }
                    assertEquals(rows.size(), i);
                }
            }
            if (collapse) {
                assertTrue(rows.stream().anyMatch(r -> r.hit().attestations().size() > 1), "the seeds hold reprints");
            }
        }
    }

    @Test
    void csvReadsBackThroughDuckDb() throws Exception {
        List<ClaimRow> rows = expected(data, false);
        assertCsvRoundTrip(export(data, "csv", "seeds.csv", "--no-eval"), rows);
    }

    @Test
    void csvWithCommasQuotesAndLineBreaksInSentencesParsesBackToTheSameRows() throws Exception {
        Path store = tmp.resolve("synthetic");
        SyntheticClaims.write(store, 6, 8, STAGES);
        List<ClaimRow> rows = expected(store.toString(), false);
        assertTrue(rows.stream().anyMatch(r -> r.hit().sentence().contains("\r\n")));
        assertTrue(rows.stream().anyMatch(r -> r.hit().sentence().contains("\"") && r.hit().sentence().contains(",")
                && r.hit().sentence().contains("\n")));
        assertCsvRoundTrip(export(store.toString(), "csv", "synthetic.csv", "--no-eval"), rows);
    }

    @Test
    void theCardCountsTheRowsWrittenAndScoresTheBuildAgainstTheGold() throws Exception {
        Path file = export(data, "jsonl", "carded.jsonl", "--gold", "corpus/seeds.gold.jsonl", "--lang", "zh");
        DatasetCard card = DatasetCard.readJson(Path.of(file + ".card.json"));
        long lines = Files.readAllLines(file).size();
        assertEquals(lines, card.rows());
        assertEquals(expected(data, false).stream().filter(r -> r.hit().language().startsWith("zh")).count(), lines);
        for (Map.Entry<String, Map<String, Long>> e : card.counts().entrySet()) {
            assertEquals(lines, e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getKey());
        }
        assertEquals(List.of("language", "source", "metric", "year"), List.copyOf(card.counts().keySet()));
        assertFalse(card.counts().get("language").containsKey("vi"));
        assertEquals(Map.of("lang", "zh"), card.filters());
        assertTrue(card.commandLine().startsWith("newsclaims export --data "), card.commandLine());
        assertTrue(((Number) card.evaluation().get("overall").get("gold")).intValue() > 0);
        assertEquals(ClaimRow.columns(false).size(), card.fields().size());
        assertEquals(Path.of("corpus").toAbsolutePath().toString(), card.sources().keySet().iterator().next());
        String md = Files.readString(Path.of(file + ".card.md"));
        assertTrue(md.contains("amount_f1") && md.contains("| value | DECIMAL(38,18) |") && md.contains(lines + " rows"), md);
    }

    @Test
    void articlesExportWithTheirClusterAndBody() throws Exception {
        Path file = export(data, "parquet", "articles.parquet", "--no-eval", "--articles");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT lang, script, relation, canonical, length(body) > 100, date FROM read_parquet('"
                     + file + "') ORDER BY path")) {
            List<String> seen = new ArrayList<>();
            while (rs.next()) {
                seen.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(5));
                assertTrue(rs.getBoolean(4) == rs.getString(3).equals("canonical") || rs.getString(3).equals("spun"));
            }
            assertEquals(5, seen.size(), seen.toString());
            assertTrue(seen.contains("vi Latn true") && seen.contains("zh-Hant Hant true"), seen.toString());
        }
        CliRun bad = run("export", "--data", data, "--format", "csv", "--out", tmp.resolve("a.csv").toString(), "--articles",
                "--metric", "loss", "--no-eval");
        assertEquals(2, bad.code());
    }

    @Test
    void badInputsGetOneLineAndNeverAFileUnderTheFinalName() throws Exception {
        Path existing = Files.writeString(tmp.resolve("existing.csv"), "keep me");
        Path aFile = Files.writeString(tmp.resolve("plain-file"), "x");
        String[][] cases = {
            {"--format", "xlsx", "--out", tmp.resolve("x.xlsx").toString()},
            {"--format", "csv", "--out", tmp.resolve("no-such-dir/x.csv").toString()},
            {"--format", "csv", "--out", aFile.resolve("x.csv").toString()},
            {"--format", "csv", "--out", tmp.toString()},
            {"--format", "csv", "--out", existing.toString()},
            {"--format", "parquet", "--out", tmp.resolve("bad-metric.parquet").toString(), "--metric", "lossy"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("export", "--data", data, "--no-eval"));
            args.addAll(Arrays.asList(c));
            CliRun r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        assertEquals("keep me", Files.readString(existing));
        assertFalse(Files.exists(tmp.resolve("bad-metric.parquet")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part") || n.contains("x.")).toList());
        }
        export(data, "csv", "existing.csv", "--no-eval", "--force");
        assertTrue(Files.readString(existing).startsWith("claim_id,"));
    }

    @Test
    void temporaryFilesLeftByAKilledExportAreRemovedByTheNextOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("killed"));
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        List<Path> stale = List.of(dir.resolve(".claims.csv." + uuid + ".part"), dir.resolve(".claims.csv.card.md." + uuid + ".part"),
                dir.resolve(".claims.csv.card.json." + uuid + ".part"));
        List<Path> others = List.of(dir.resolve(".other.csv." + uuid + ".part"), dir.resolve(".claims.csv.notes.part"));
        for (Path p : stale) {
            Files.writeString(p, "half an export");
        }
        for (Path p : others) {
            Files.writeString(p, "not ours");
        }
        export(data, "csv", "killed/claims.csv", "--no-eval");
        for (Path p : stale) {
            assertFalse(Files.exists(p), p.toString());
        }
        for (Path p : others) {
            assertTrue(Files.exists(p), p.toString());
        }
    }

    private static void assertCsvRoundTrip(Path file, List<ClaimRow> rows) throws Exception {
        List<Column<ClaimRow>> columns = ClaimRow.columns(false);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM read_csv('" + file
                     + "', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')")) {
            assertEquals(columns.size(), rs.getMetaData().getColumnCount());
            int i = 0;
            while (rs.next()) {
                for (int col = 0; col < columns.size(); col++) {
                    Column<ClaimRow> c = columns.get(col);
                    assertEquals(rs.getMetaData().getColumnName(col + 1), c.name());
                    Object v = c.value().apply(rows.get(i));
                    String expected = v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
                    assertEquals(expected, rs.getString(col + 1), c.name() + " of row " + i);
                }
                i++;
            }
            assertEquals(rows.size(), i);
        }
    }

    private static Object duckValue(ResultSet rs, int col, Column.Type type) throws Exception {
        Object v = switch (type) {
            case STRING -> rs.getString(col);
            case INT -> rs.getInt(col);
            case BOOLEAN -> rs.getBoolean(col);
            case DATE -> rs.getObject(col, LocalDate.class);
            case DECIMAL -> rs.getBigDecimal(col);
            case STRING_LIST -> rs.getArray(col) == null ? null : List.of((Object[]) rs.getArray(col).getArray());
        };
        return rs.wasNull() ? null : v;
    }

    /** Equal values; decimals equal in value (DECIMAL(38,18) adds trailing zeros). */
    private static void assertSame(Object expected, Object actual, String what) {
        if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
            assertEquals(0, e.compareTo(a), what + ": " + e + " vs " + a);
        } else {
            assertTrue(Objects.equals(expected, actual), what + ": " + expected + " vs " + actual);
        }
    }

    private static void assertTextInEveryScript(List<ClaimRow> rows) {
        assertTrue(rows.stream().anyMatch(r -> r.hit().language().equals("vi") && r.hit().sentence().contains("tỷ")));
        assertTrue(rows.stream().anyMatch(r -> r.hit().language().equals("zh-Hant")));
        assertTrue(rows.stream().anyMatch(r -> r.hit().value() != null && r.hit().value().contains(".")
                || r.hit().low() != null), "a range or a fractional amount among the seeds");
    }
}
