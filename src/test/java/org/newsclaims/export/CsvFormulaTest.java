package org.newsclaims.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.cli.CliRun;
import org.newsclaims.web.WebServer;

/**
 * An article whose sentences begin as spreadsheet formulas, ingested for real and exported as CSV by
 * {@code export} and by {@code /api/export}: read back by DuckDB, every such cell is text with a leading
 * apostrophe, and the amounts are still numbers.
 */
class CsvFormulaTest {

    static final List<String> SENTENCES = List.of(
            "=HYPERLINK(\"http://evil.example/leak\",\"据The Information报道\")，OpenAI今年可能亏损50亿美元。",
            "+微软去年向OpenAI投资了100亿美元。",
            "-英伟达本季度的营收达到300亿美元。",
            "@腾讯去年的净利润为1150亿元。");

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void ingest() throws Exception {
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(news.resolve("formulas.txt"), "OpenAI的亏损与对手的收入\n2024年7月30日\n"
                + String.join("\n", SENTENCES) + "\n", StandardCharsets.UTF_8);
        data = tmp.resolve("data");
        CliRun r = CliRun.of("ingest", news.toString(), "--data", data.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void theExportCommandWritesFormulaCellsAsText() throws Exception {
        Path file = tmp.resolve("claims.csv");
        CliRun r = CliRun.of("export", "--data", data.toString(), "--format", "csv", "--out", file.toString(), "--no-eval");
        assertEquals(0, r.code(), r.err());
        assertFormulasAreText(file);
        String card = Files.readString(Path.of(file + ".card.md"));
        assertTrue(card.contains("start with an added apostrophe (')"), card);
    }

    @Test
    void theApiExportWritesFormulaCellsAsText() throws Exception {
        try (WebServer server = WebServer.start(data, STAGES.models(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            Path file = tmp.resolve("api.csv");
            try (InputStream in = URI.create("http://127.0.0.1:" + server.address().getPort() + "/api/export?format=csv")
                    .toURL().openStream()) {
                Files.write(file, in.readAllBytes());
            }
            assertFormulasAreText(file);
        }
    }

    @Test
    void aNegativeNumberStaysANumberAndNegativeTextIsGuarded() throws Exception {
        List<Column<Object[]>> columns = List.of(
                Column.of("amount", Column.Type.DECIMAL, "", row -> row[0]),
                Column.of("count", Column.Type.INT, "", row -> row[1]),
                Column.of("note", Column.Type.STRING, "", row -> row[2]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter<Object[]> csv = new CsvWriter<>(out, columns)) {
            csv.write(new Object[] {new BigDecimal("-5000000"), -3, "-5000000"});
            csv.write(new Object[] {new BigDecimal("12.5"), 7, "\tcmd|' /C calc'!A0"});
        }
        assertEquals(List.of("amount,count,note", "-5000000,-3,'-5000000", "12.5,7,'\tcmd|' /C calc'!A0"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /** Every text cell that a spreadsheet would evaluate carries the apostrophe; values are typed as numbers. */
    private static void assertFormulasAreText(Path csv) throws Exception {
        Map<String, String> sentenceByMention = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT * FROM read_csv('" + csv
                    + "', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        String cell = rs.getString(c);
                        String column = rs.getMetaData().getColumnName(c);
                        boolean numeric = List.of("value", "low", "high", "usd_value", "fx_rate", "start", "end", "year",
                                "sentence_start", "sentence_end").contains(column);
                        if (cell != null && !numeric) {
                            assertFalse(cell.matches("(?s)[=+\\-@\t\r].*"), column + " would be evaluated: " + cell);
                        }
                    }
                    sentenceByMention.put(rs.getString("mention"), rs.getString("sentence"));
                }
            }
            List<String> expected = new ArrayList<>();
            SENTENCES.forEach(s -> expected.add("'" + s));
            assertEquals(expected, List.copyOf(sentenceByMention.values()));
            assertEquals(List.of("50亿美元", "100亿美元", "300亿美元", "1150亿元"), List.copyOf(sentenceByMention.keySet()));
            try (ResultSet rs = st.executeQuery("SELECT typeof(value), value FROM read_csv('" + csv + "', header = true) ORDER BY start")) {
                assertTrue(rs.next());
                assertTrue(List.of("BIGINT", "DOUBLE", "HUGEINT").contains(rs.getString(1)), rs.getString(1));
                assertEquals(0, new BigDecimal("5000000000").compareTo(rs.getBigDecimal(2)));
            }
        }
    }
}
