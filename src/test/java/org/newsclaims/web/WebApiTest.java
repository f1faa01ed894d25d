package org.newsclaims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API of a real server on a random local port, over a real store of the shipped corpus. */
class WebApiTest {

    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(TestStore.data(), STAGES.models(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static Reply get(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    static Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
    }

    @Test
    void searchFindsArticlesInEveryScript() throws Exception {
        JsonNode vi = get("/api/search?q=OpenAI&lang=vi").json().get("hits");
        assertEquals(1, vi.size(), vi.toString());
        assertEquals("vi", vi.get(0).get("language").asText());
        JsonNode trad = get("/api/search?q=" + enc("亏损")).json().get("hits");
        assertTrue(trad.toString().contains("«虧損»"), trad.toString());
    }

    @Test
    void claimsTakeEveryFilterWithFacetsAndPaging() throws Exception {
        Reply r = get("/api/claims?subject=OpenAI&metric=loss&facets=true");
        assertEquals(200, r.status());
        assertEquals("application/json; charset=utf-8", r.contentType());
        JsonNode all = r.json();
        assertEquals(4, all.get("total").asInt());
        assertEquals(4, all.get("facets").get("metric").get("loss").asInt());
        assertTrue(all.get("hits").toString().contains("«50亿美元»"), all.toString());
        assertTrue(all.get("hits").toString().contains("«5 tỷ USD»"), all.toString());

        JsonNode second = get("/api/claims?subject=OpenAI&metric=loss&offset=1&limit=1").json();
        assertEquals(4, second.get("total").asInt());
        assertEquals(1, second.get("hits").size());
        assertEquals(all.get("hits").get(1).get("claimId"), second.get("hits").get(0).get("claimId"));

        JsonNode collapsed = get("/api/claims?subject=OpenAI&metric=loss&collapse=true").json();
        assertEquals(3, collapsed.get("total").asInt(), "the zh and vi reprints state the 5 billion loss once");

        JsonNode sequoia = get("/api/claims?source=" + enc("紅杉資本") + "&currency=usd&min=1e9&usd=true&lang=zh&year=2023").json();
        assertTrue(sequoia.get("total").asInt() > 0, sequoia.toString());
        for (JsonNode h : sequoia.get("hits")) {
            assertEquals("红杉资本", h.get("source").asText());
            assertTrue(h.get("language").asText().startsWith("zh"));
        }
        assertEquals(0, get("/api/claims?q=OpenAI&hedged=true&max=1").json().get("total").asInt());
    }

    @Test
    void anArticleComesInItsOriginalTextWithItsClaimsAsOffsets() throws Exception {
        JsonNode hit = get("/api/claims?subject=OpenAI&metric=loss&lang=zh-Hans").json().get("hits").get(0);
        JsonNode article = get("/api/articles/" + hit.get("docId").asText()).json();
        assertEquals("zh-Hans", article.get("language").asText());
        String text = article.get("text").asText();
        assertTrue(article.get("claims").size() > 1);
        for (JsonNode c : article.get("claims")) {
            assertEquals(c.get("mention").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()));
        }
        assertTrue(article.get("body").size() > 0);
        assertEquals(hit.get("cluster").asText(), article.get("cluster").asText());
    }

    @Test
    void aClusterListsItsReprintsAndTheClaimsTheyShare() throws Exception {
        String id = get("/api/claims?subject=OpenAI&metric=loss&lang=vi").json().get("hits").get(0).get("cluster").asText();
        JsonNode cluster = get("/api/clusters/" + id).json();
        List<String> relations = new ArrayList<>();
        cluster.get("cluster").get("members").forEach(m -> relations.add(m.get("relation").asText()));
        assertTrue(relations.contains("translation"), relations.toString());
        List<String> shared = new ArrayList<>();
        for (JsonNode c : cluster.get("shared")) {
            c.get("attestations").forEach(a -> shared.add(a.get("mention").asText()));
        }
        assertTrue(shared.contains("50亿美元") && shared.contains("5 tỷ USD"), shared.toString());
        List<String> kinds = new ArrayList<>();
        cluster.get("variants").forEach(v -> kinds.add(v.get("kind").asText() + " " + v.get("from").asText() + "→" + v.get("to").asText()));
        assertTrue(kinds.contains("metric_changed profit→loss"), kinds.toString());
    }

    @Test
    void exportStreamsTheWholeSelection() throws Exception {
        int total = get("/api/claims?lang=zh").json().get("total").asInt();
        assertTrue(total > 20, "more than one default page: " + total);
        Reply csv = get("/api/export?format=csv&lang=zh");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("claim_id,doc_id,path,title,date,lang,script,cluster_id"), lines.get(0));
        assertEquals(total + 1, lines.size(), "header and one line per claim: sentences here hold no line breaks");

        Reply jsonl = get("/api/export?format=jsonl&subject=OpenAI&metric=loss&collapse=true");
        assertTrue(jsonl.contentType().startsWith("application/x-ndjson"), jsonl.contentType());
        List<String> records = jsonl.body().lines().toList();
        assertEquals(3, records.size());
        for (String line : records) {
            assertEquals("loss", JSON.readTree(line).get("metric").asText());
        }
    }

    @Test
    void badRequestsGetA4xxWithAJsonError() throws Exception {
        String[][] cases = {
            {"/api/claims?min=ten", "400"},
            {"/api/claims?max=1e", "400"},
            {"/api/claims?year=twenty", "400"},
            {"/api/claims?metric=lossy", "400"},
            {"/api/claims?lang=en", "400"},
            {"/api/claims?sort=value", "400"},
            {"/api/claims?limit=1000000", "400"},
            {"/api/claims?limit=0", "400"},
            {"/api/claims?offset=-1", "400"},
            {"/api/claims?usd=maybe", "400"},
            {"/api/claims?q=a&q=b", "400"},
            {"/api/claims?q=" + enc("a AND ("), "400"},
            {"/api/search", "400"},
            {"/api/search?q=x&limit=5000", "400"},
            {"/api/export?format=xml", "400"},
            {"/api/export", "400"},
            {"/api/articles/0000000000000000", "404"},
            {"/api/articles/..%2F..%2Fetc%2Fpasswd", "404"},
            {"/api/clusters/ffffffffffffffff", "404"},
            {"/api/clusters/0000000000000000?x=1", "400"},
            {"/../../etc/passwd", "404"},
            {"/%2e%2e/%2e%2e/etc/passwd", "404"},
            {"/web/index.html", "404"},
            {"/WebServer.class", "404"},
            {"/api/nothing", "404"},
        };
        for (String[] c : cases) {
            Reply r = get(c[0]);
            assertEquals(Integer.parseInt(c[1]), r.status(), c[0] + " -> " + r.body());
            assertTrue(r.contentType().startsWith("application/json"), c[0]);
            assertTrue(r.json().get("error").asText().length() > 5, c[0] + " -> " + r.body());
        }
        Reply post = send(HttpRequest.newBuilder(uri("/api/claims")).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, post.status());
        assertTrue(post.json().has("error"));
    }

    @Test
    void servesThePageInUtf8() throws Exception {
        Reply page = get("/");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=utf-8", page.contentType());
        assertTrue(page.body().contains("<meta charset=\"utf-8\">") && page.body().contains("简体中文")
                && page.body().contains("Tiếng Việt"), page.body());
        assertTrue(get("/app.js").contentType().startsWith("text/javascript"));
        assertTrue(get("/style.css").body().contains("WenQuanYi Zen Hei"));
    }
}
