package org.newsclaims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsclaims.TestStages.STAGES;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page in headless Chromium, walked with the keyboard alone as a researcher would: type OpenAI
 * in the search box, Tab to the "loss" facet, Tab to the first result's article, and find the claim
 * highlighted and focused in the original text. Leaves a screenshot of the article view.
 */
class WebPageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path OUT = Path.of("target", "web-e2e").toAbsolutePath();

    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        if (Files.isExecutable(CHROMIUM)) {
            server = WebServer.start(TestStore.data(), STAGES.models(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Files.createDirectories(OUT);
        }
    }

    /** Per test, not per class: an assumption that fails before all tests makes the report count none, not skipped ones. */
    @BeforeEach
    void needsChromium() {
        assumeTrue(server != null, "skipped: no " + CHROMIUM + " (install Debian's chromium package; .ci/run does)");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchFilterAndOpenTheArticleWithTheKeyboardAlone() throws Exception {
        try (Browser b = Browser.start(CHROMIUM, OUT, 1280, 1000)) {
            b.navigate("http://127.0.0.1:" + server.address().getPort() + "/");
            b.waitFor("document.body.dataset.ready");

            b.tabTo("e.id === 'q'");
            b.type("OpenAI");
            b.press("Enter");
            b.waitFor("location.search === '?q=OpenAI' && document.body.dataset.ready === 'true'");
            assertTrue(b.eval("document.getElementById('status').textContent").asText().matches("\\d+ claims, showing .*"));

            b.tabTo("e.matches('.facets a') && e.textContent === 'loss'");
            b.press("Enter");
            b.waitFor("location.search.includes('metric=loss') && document.body.dataset.ready === 'true'");
            assertEquals("4 claims, showing 1–4", b.eval("document.getElementById('status').textContent").asText());
            assertEquals("loss,loss,loss,loss", b.eval("[...document.querySelectorAll('.claims .meta strong')]"
                    + ".map(s => s.nextSibling.textContent.replace(' · ', '')).join()").asText());
            assertEquals("50亿美元", b.eval("document.querySelector('.claims mark').textContent").asText(),
                    "the amount is highlighted in its sentence");
            assertTrue(b.eval("document.querySelector('.claims .source').textContent").asText().contains("The Information"));

            b.tabTo("e.matches('.claims a[href^=\"?article=\"]')");
            b.press("Enter");
            b.waitFor("location.search.startsWith('?article=') && document.body.dataset.ready === 'true'");
            assertEquals("MARK", b.eval("document.activeElement.tagName").asText(), "the claim followed has the focus");
            assertEquals("current", b.eval("document.activeElement.className").asText());
            assertEquals("50亿美元", b.eval("document.activeElement.textContent").asText());
            assertEquals("zh-Hans", b.eval("document.activeElement.closest('[lang]').lang").asText());
            assertTrue(b.eval("document.querySelectorAll('.text mark').length").asInt() > 1, "every claim is highlighted");
            assertTrue(b.eval("getComputedStyle(document.activeElement).backgroundColor").asText().startsWith("rgb(255, 224, 102"));

            b.screenshot(OUT.resolve("article.png"));
        }
        assertTrue(Files.size(OUT.resolve("article.png")) > 10_000, "a screenshot with something on it");
    }

    @Test
    void theClusterViewMarksEachVariantInBothTexts() throws Exception {
        String base = "http://127.0.0.1:" + server.address().getPort();
        HttpResponse<String> claims = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/claims?subject=OpenAI&metric=loss&lang=vi")).build(), HttpResponse.BodyHandlers.ofString());
        String cluster = new ObjectMapper().readTree(claims.body()).get("hits").get(0).get("cluster").asText();
        try (Browser b = Browser.start(CHROMIUM, OUT, 1280, 1000)) {
            b.navigate(base + "/?cluster=" + cluster);
            b.waitFor("document.body.dataset.ready === 'true'");
            String marked = "[...document.querySelectorAll('.columns section')].map(s => [...s.querySelectorAll('mark.variant')]"
                    + ".map(m => m.textContent).join('|')).join(' / ')";
            String both = b.eval(marked).asText();
            assertTrue(both.matches("[^/]*50亿美元[^/]* / [^/]*5 tỷ USD[^/]*"), "the spun metric marked in the canonical and the translation: " + both);
            assertTrue(b.eval("document.querySelector('.columns mark.variant').title").asText().contains("metric_changed"));
            assertTrue(b.eval("[...document.querySelectorAll('.claims strong')].map(s => s.textContent).join()").asText()
                    .contains("metric_changed"), "the variants are listed");
            b.screenshot(OUT.resolve("cluster.png"));
        }
    }
}
