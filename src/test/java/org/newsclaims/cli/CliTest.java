package org.newsclaims.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI as a user runs it: ingest the shipped corpus, search it in every script, get clear errors. */
class CliTest {

    @TempDir
    static Path tmp;
    static String data;

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void ingestCorpus() {
        data = tmp.resolve("data").toString();
        CliRun r = run("ingest", "--data", data);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ingested 5, unchanged 0, failed 0;"), r.out());
    }

    @Test
    void searchFoldsScriptsAndDiacritics() {
        assertTrue(run("search", "亏损", "--data", data).out().contains("002_b6c9298f0427f3c7.txt"));
        assertTrue(run("search", "虧損", "--data", data).out().contains("002_b6c9298f0427f3c7.txt"));
        assertTrue(run("search", "lỗ vốn", "--data", data).out().contains("001_78688a10d7b2755c.txt"));
        assertTrue(run("search", "lo von", "--data", data).out().contains("001_78688a10d7b2755c.txt"));
        String vi = run("search", "OpenAI", "--lang", "vi", "--data", data).out();
        assertTrue(vi.contains("001_78688a10d7b2755c.txt"));
        assertEquals(1, vi.lines().filter(l -> l.contains(".txt")).count(), vi);
    }

    @Test
    void snippetsAreInTheOriginalScriptWithTheMatchMarked() {
        String out = run("search", "亏损", "--data", data, "--limit", "1").out();
        assertTrue(out.contains("«虧損»"), out);
    }

    @Test
    void claimsAnswerTheResearchersQuestions() {
        String loss = run("claims", "--subject", "OpenAI", "--metric", "loss", "--data", data).out();
        assertTrue(loss.contains("«50亿美元»") && loss.contains("000_0c0986e9bb383d28.txt"), loss);
        assertTrue(loss.contains("«5 tỷ USD»") && loss.contains("001_78688a10d7b2755c.txt"), loss);
        assertTrue(loss.contains("source: The Information"), loss);

        CliRun sequoia = run("claims", "--source", "紅杉資本", "--facets", "--data", data);
        assertEquals(0, sequoia.code(), sequoia.err());
        assertTrue(sequoia.out().contains("source: 红杉资本"), sequoia.out());

        String big = run("claims", "--min", "100000000000", "--usd", "--json", "--limit", "1000", "--data", data).out();
        java.util.regex.Matcher values = java.util.regex.Pattern.compile("\"(?:value|low)\" : \"([0-9.]+)\"").matcher(big);
        int n = 0;
        while (values.find()) {
            assertTrue(new java.math.BigDecimal(values.group(1)).compareTo(new java.math.BigDecimal("1e11")) >= 0, values.group());
            n++;
        }
        assertTrue(n > 0, big);
    }

    @Test
    void vietnameseClaimsGetAUsdValueFromTheDongsRate() throws Exception {
        String viData = tmp.resolve("vi").toString();
        CliRun ingest = run("ingest", "../shared/news-sample/n000.txt", "--data", viData);
        assertEquals(0, ingest.code(), ingest.err());
        CliRun claims = run("claims", "--lang", "vi", "--usd", "--min", "1000000", "--json", "--data", viData);
        assertEquals(0, claims.code(), claims.err());
        var hits = new com.fasterxml.jackson.databind.ObjectMapper().readTree(claims.out()).get("hits");
        var budget = java.util.stream.StreamSupport.stream(hits.spliterator(), false)
                .filter(h -> h.get("mention").asText().equals("200 tỷ đồng")).findFirst().orElseThrow();
        assertEquals("VND", budget.get("currency").asText());
        assertEquals(2015, budget.get("year").asInt());
        assertEquals("21697.57", budget.get("fxRate").asText(), "the IMF's 2015 average");
        assertEquals(9217622.07, budget.get("usdValue").asDouble(), 0.01); // 2e11 / 21,697.57
    }

    @Test
    void clustersAndSimilarShowTheTranslatedReprint() throws Exception {
        CliRun clusters = run("clusters", "--min-size", "2", "--json", "--data", data);
        assertEquals(0, clusters.code(), clusters.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(clusters.out());
        assertEquals(1, json.size(), clusters.out());
        var members = json.get(0).get("members");
        assertEquals("spun", members.get(0).get("relation").asText());
        assertTrue(members.get(0).get("path").asText().endsWith("000_0c0986e9bb383d28.txt"));
        assertEquals("translation", members.get(1).get("relation").asText());
        assertEquals(4, new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run("clusters", "--json", "--data", data).out()).size(), "singletons are listed without --min-size");

        String similar = run("similar", members.get(1).get("doc_id").asText(), "--data", data).out();
        assertTrue(similar.contains("translation") && similar.contains("$USD:5000000000 ")
                && similar.contains("$USD:8500000000"), similar);
        String collapsed = run("search", "OpenAI", "--collapse", "--data", data).out();
        assertTrue(collapsed.contains("(+1 reprints)"), collapsed);
    }

    @Test
    void variantsNameTheSpunMetricAndCountPerMember() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        CliRun r = run("variants", "--json", "--kind", "metric_changed", "--data", data);
        assertEquals(0, r.code(), r.err());
        var variants = mapper.readTree(r.out());
        assertEquals(1, variants.size(), r.out());
        var v = variants.get(0);
        assertTrue(v.get("member").asText().endsWith("001_78688a10d7b2755c.txt"), r.out());
        assertEquals("profit", v.get("from").asText());
        assertEquals("loss", v.get("to").asText());
        assertEquals("50亿美元", v.get("canonical_claim").get("mention").asText());
        assertTrue(v.get("note").asText().contains("盈余"), r.out());

        long all = mapper.readTree(run("variants", "--json", "--data", data).out()).size();
        var members = mapper.readTree(run("clusters", "--min-size", "2", "--json", "--data", data).out()).get(0).get("members");
        assertEquals(0, members.get(0).get("variants").asLong(), "the canonical has no variants against itself");
        assertEquals(all, members.get(1).get("variants").asLong());
        assertTrue(run("similar", members.get(1).get("doc_id").asText(), "--data", data).out().contains(all + " variant"));
        String collapsed = run("claims", "--collapse", "--subject", "OpenAI", "--metric", "loss", "--data", data).out();
        assertTrue(collapsed.contains("stated in 2 articles of the cluster, changed in 1:") && collapsed.contains("metric_changed: profit → loss"),
                collapsed);
        var changes = mapper.readTree(run("claims", "--collapse", "--subject", "OpenAI", "--metric", "loss", "--json", "--data", data).out())
                .get("changes");
        assertTrue(changes.toString().contains("\"kind\":\"metric_changed\""), changes.toString());

        Path csv = tmp.resolve("variants.csv");
        CliRun export = run("export", "--variants", "--format", "csv", "--out", csv.toString(), "--no-eval", "--data", data);
        assertEquals(0, export.code(), export.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(all + 1, rows.size(), "a header and a row per variant");
        assertTrue(rows.stream().anyMatch(l -> l.contains(",metric_changed,profit,loss,")), rows.toString());
    }

    @Test
    void statsCountsLanguagesAndScripts() {
        String out = run("stats", "--data", data).out();
        assertTrue(out.contains("by language: vi 1, zh-Hans 3, zh-Hant 1"), out);
        assertTrue(out.contains("by script:   Hans 3, Hant 1, Latn 1"), out);
    }

    @Test
    void userErrorsAreOneLineAndExit2() throws Exception {
        Path plainFile = Files.writeString(tmp.resolve("plain-file"), "x");
        for (String[] args : new String[][] {
            {"search", "a AND (", "--data", data},
            {"variants", "--kind", "value", "--data", data},
            {"variants", "--cluster", "0000000000000000", "--data", data},
            {"export", "--variants", "--articles", "--format", "csv", "--out", tmp.resolve("v.csv").toString(), "--no-eval", "--data", data},
            {"search", "x", "--lang", "en", "--data", data},
            {"search", "x", "--data", tmp.resolve("nothing-here").toString()},
            {"search", "x", "--limit", "0", "--data", data},
            {"stats", "--bogus"},
            {"claims", "--metric", "lossy", "--data", data},
            {"claims", "--min", "ten", "--data", data},
            {"claims", "--data", tmp.resolve("empty").toString()},
            {"claims", "--models", tmp.resolve("no-models").toString(), "--data", data},
            {"eval", "--models", plainFile.toString()},
            {"similar", "0000000000000000", "--data", data},
            {"ingest", "--data", plainFile.resolve("data").toString()},
            {"export", "--format", "xml", "--out", tmp.resolve("out.xml").toString(), "--data", data},
            {"eval", "--gold", tmp.resolve("no-gold.jsonl").toString()},
            {"eval", "money", "--peer-specs", tmp.resolve("no-specs").toString()},
            {"serve", "--bind", "[::1", "--data", data},
        }) {
            CliRun r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun r = run("serve", "--port", "" + taken.getLocalPort(), "--data", data);
            assertEquals(2, r.code(), r.err());
            assertEquals(List.of("newsclaims: cannot listen on 127.0.0.1 port " + taken.getLocalPort()
                    + ": the port is in use or not allowed (Address already in use)"), r.err().lines().toList());
        }
    }

    @Test
    void verboseShowsTheStackTraceWithTheCausesOfAUserError() throws Exception {
        CliRun plain = run("search", "a AND (", "--data", data);
        assertEquals(2, plain.code(), plain.err());
        assertEquals(1, plain.err().lines().count(), plain.err());
        assertTrue(plain.err().startsWith("newsclaims: cannot parse query 'a AND (': "), plain.err());

        CliRun verbose = run("search", "a AND (", "--verbose", "--data", data);
        assertEquals(2, verbose.code(), verbose.err());
        assertTrue(verbose.err().startsWith("org.newsclaims.query.QueryException: cannot parse query"), verbose.err());
        assertTrue(verbose.err().contains("\nCaused by: org.apache.lucene.queryparser.classic.ParseException: "), verbose.err());
        assertEquals(plain.err(), verbose.err().substring(verbose.err().lastIndexOf("newsclaims: ")), "the same line last");

        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        String underFile = file.resolve("data").toString();
        CliRun store = run("ingest", "--data", underFile);
        assertEquals(2, store.code(), store.err());
        assertEquals(List.of("newsclaims: cannot open data directory " + underFile + ": " + file.resolve("data")
                + ": Not a directory"), store.err().lines().toList());
        CliRun storeVerbose = run("ingest", "--verbose", "--data", underFile);
        assertEquals(2, storeVerbose.code(), storeVerbose.err());
        assertTrue(storeVerbose.err().contains("\nCaused by: java.nio.file.FileSystemException: " + file.resolve("data")),
                storeVerbose.err());

        // --verbose of a command two levels down
        CliRun nested = run("eval", "money", "--verbose", "--peer-specs", tmp.resolve("no-specs").toString());
        assertEquals(2, nested.code(), nested.err());
        assertTrue(nested.err().contains("\tat org.newsclaims.cli.EvalMoneyCommand.call("), nested.err());
    }

    @Test
    void numericOptionsOutOfRangeAreOneLineAndExit2() {
        String empty = tmp.resolve("never-written").toString();
        for (String line : new String[] {
            "ingest --threads -3 --data " + empty,
            "ingest --threads 100000 --data " + empty,
            "ingest --commit-every 0 --data " + empty,
            "ingest --max-size 0 --data " + empty,
            "ingest --max-size 5000 --data " + empty,
            "search x --limit -3 --data " + data,
            "claims --limit 1001 --data " + data,
            "claims --year 0 --data " + data,
            "clusters --min-size 0 --data " + data,
            "serve --port 70000 --data " + data,
            "serve --port -1 --data " + data,
            "bench --scale 0",
            "bench --scale 100000",
            "bench --threads 0",
            "bench money --passes 0",
            "bench reprints --scales 1,0",
        }) {
            CliRun r = run(line.split(" "));
            String option = line.replaceAll(".*?(--[a-z-]+) .*", "$1");
            assertEquals(2, r.code(), line + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().startsWith("newsclaims: " + option + " must be"), line + ": " + r.err());
        }
        assertFalse(java.nio.file.Files.exists(Path.of(empty)), "a refused ingest writes nothing");
    }

    @Test
    void ingestReportsFailuresAndExitsNonZero() {
        CliRun r = run("ingest", tmp.resolve("missing.txt").toString(), "--data", data);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing.txt: no such file or directory"), r.err());
    }
}
