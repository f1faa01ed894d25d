package org.newsclaims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.cli.Main;

/**
 * A real server over a real store, spoken to over a plain socket so that a test can send what a browser
 * tricked by another site, or a careless script, would send: foreign Host and Origin headers, costly
 * queries, and an ingest while the server runs.
 */
class WebGuardTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Reply(int status, String headers, String body) {
        JsonNode json() throws IOException {
            assertTrue(headers.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), headers);
            return JSON.readTree(body);
        }
    }

    /** One request on its own connection; {@code headers} are sent as given, each ending in CRLF. */
    static Reply raw(WebServer server, String target, String headers) throws IOException {
        return raw(server, ("GET " + target + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static Reply raw(WebServer server, byte[] request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int blank = response.indexOf("\r\n\r\n");
            String head = response.substring(0, blank);
            return new Reply(Integer.parseInt(head.substring(9, 12)), head, response.substring(blank + 4));
        }
    }

    static Reply get(WebServer server, String target) throws IOException {
        return raw(server, target, "Host: 127.0.0.1:" + server.address().getPort() + "\r\n");
    }

    static WebServer serve(Path data, WebServer.Limits limits) throws Exception {
        return WebServer.start(data, STAGES.models(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), limits);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The costly query: 500 fuzzy terms, each matched against the whole term dictionary. */
    static final String FUZZY_500 = enc(IntStream.range(0, 500).mapToObj(i -> "word" + i + "~2").collect(Collectors.joining(" OR ")));

    @Test
    void aRequestThatCallsTheServerByAnotherNameOrComesFromAnotherSiteIs403() throws Exception {
        try (WebServer server = serve(TestStore.data(), WebServer.Limits.DEFAULT)) {
            int port = server.address().getPort();
            for (String target : List.of("/", "/api/claims", "/api/export?format=csv", "/api/search?q=OpenAI")) {
                for (String headers : List.of("Host: evil.example\r\n", "Host: evil.example:" + port + "\r\n",
                        "Host: 127.0.0.1.evil.example:" + port + "\r\n", "Host: localhost:1\r\n", "",
                        "Host: localhost:" + port + "\r\nOrigin: http://evil.example\r\n",
                        "Host: localhost:" + port + "\r\nOrigin: null\r\n")) {
                    Reply r = raw(server, target, headers);
                    assertEquals(403, r.status(), target + " with " + headers);
                    assertTrue(r.json().get("error").asText().startsWith("refused: "), r.body());
                }
            }
            for (String host : List.of("localhost:" + port, "LocalHost:" + port, "127.0.0.1:" + port, "[::1]:" + port)) {
                Reply r = raw(server, "/api/claims?subject=OpenAI&metric=loss", "Host: " + host + "\r\nOrigin: http://" + host + "\r\n");
                assertEquals(200, r.status(), host + ": " + r.body());
                assertEquals(4, r.json().get("total").asInt());
            }
        }
    }

    @Test
    void malformedRequestsGetAJsonErrorAndRawUtf8IsRead() throws Exception {
        try (WebServer server = serve(TestStore.data(), WebServer.Limits.DEFAULT)) {
            String host = "Host: 127.0.0.1:" + server.address().getPort() + "\r\nConnection: close\r\n";
            byte[] latin1 = ("GET /api/search?q=D\u00e2n HTTP/1.1\r\n" + host + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            for (Object[] c : new Object[][] {
                {get(server, "/api/claims?q=%ZZ"), 400, "malformed query string"},
                {get(server, "/api/claims?q=" + enc("亏损") + "%"), 400, "malformed query string"},
                {get(server, "/api/articles/%ZZ"), 404, "no"},
                {raw(server, latin1), 400, "the URL is not UTF-8: percent-encode it"},
                {raw(server, ("GET http://evil.example/api/claims HTTP/1.1\r\n" + host + "\r\n").getBytes(StandardCharsets.US_ASCII)), 400, "malformed request line"},
                {raw(server, ("GARBAGE\r\n" + host + "\r\n").getBytes(StandardCharsets.US_ASCII)), 400, "malformed request line"},
                {raw(server, ("GET /api/claims HTTP/1.1\r\nno colon here\r\n" + host + "\r\n").getBytes(StandardCharsets.US_ASCII)), 400, "malformed header line"},
                {raw(server, ("GET /" + "a".repeat(10_000) + " HTTP/1.1\r\n" + host + "\r\n").getBytes(StandardCharsets.US_ASCII)), 400, "the request line is longer"},
                {raw(server, ("DELETE /api/claims HTTP/1.1\r\n" + host + "\r\n").getBytes(StandardCharsets.US_ASCII)), 405, "only GET"},
            }) {
                Reply r = (Reply) c[0];
                assertEquals(c[1], r.status(), r.headers() + "\n" + r.body());
                assertTrue(r.json().get("error").asText().startsWith((String) c[2]), r.body());
            }
            Reply utf8 = get(server, "/api/claims?q=亏损&lang=zh");
            assertEquals(200, utf8.status(), utf8.body());
            assertEquals(get(server, "/api/claims?q=" + enc("亏损") + "&lang=zh").body(), utf8.body());
        }
    }

    @Test
    void fiveHundredFuzzyTermsAreRefusedAndAPlainRequestMeanwhileAnswersInUnderASecond() throws Exception {
        try (WebServer server = serve(TestStore.data(), WebServer.Limits.DEFAULT)) {
            assertEquals(200, get(server, "/api/claims?limit=5").status()); // warm
            List<CompletableFuture<Reply>> costly = new ArrayList<>();
            for (String endpoint : List.of("search", "claims", "search", "claims")) {
                costly.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return get(server, "/api/" + endpoint + "?q=" + FUZZY_500);
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                }));
            }
            long start = System.nanoTime();
            Reply plain = get(server, "/api/claims?limit=5");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(200, plain.status(), plain.body());
            assertEquals(5, plain.json().get("hits").size());
            assertTrue(took.toMillis() < 1000, "a plain request took " + took.toMillis() + " ms");
            for (CompletableFuture<Reply> f : costly) {
                Reply r = f.get();
                assertEquals(400, r.status(), r.body());
                assertTrue(r.json().get("error").asText().matches("the query (is too large|has 500 fuzzy).*"), r.body());
            }
        }
    }

    @Test
    void aQueryOverItsTimeBudgetIsStoppedWithA503() throws Exception {
        WebServer.Limits noTime = new WebServer.Limits(1, 1, 1, Duration.ZERO);
        try (WebServer server = serve(TestStore.data(), noTime)) {
            Reply r = get(server, "/api/search?q=" + enc("OpenAI~2 OR loss~2"));
            assertEquals(503, r.status(), r.body());
            assertTrue(r.json().get("error").asText().startsWith("the query ran over its 0 ms budget"), r.body());
        }
    }

    @Test
    void anIngestIntoTheServedDataDirectoryShowsUpWithoutARestart() throws Exception {
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("ingest", "corpus/001_78688a10d7b2755c.txt", "--data", data.toString()));
        try (WebServer server = serve(data, WebServer.Limits.DEFAULT)) {
            String budget = "/api/claims?q=" + enc("\"200 tỷ đồng\"");
            assertEquals(0, get(server, budget).json().get("total").asInt());
            long before = get(server, "/api/claims").json().get("total").asLong();

            assertEquals(0, Main.run("ingest", "../shared/news-sample/n000.txt", "--data", data.toString()));

            JsonNode found = get(server, budget).json();
            assertTrue(found.get("total").asInt() > 0, found.toString());
            found.get("hits").forEach(h -> assertTrue(h.get("path").asText().endsWith("n000.txt"), h.toString()));
            assertTrue(get(server, "/api/claims").json().get("total").asLong() > before);
            String docId = found.get("hits").get(0).get("docId").asText();
            assertEquals(200, get(server, "/api/articles/" + docId).status());
            Reply cluster = get(server, "/api/clusters/" + found.get("hits").get(0).get("cluster").asText());
            assertEquals(200, cluster.status(), "the new article's cluster is known too: " + cluster.body());
        }
    }
}
