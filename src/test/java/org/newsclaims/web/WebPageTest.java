package org.newsclaims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page in headless Chromium, as a researcher walks it: search OpenAI, follow the "loss" facet
 * link, follow the first result to its article, and find the claim highlighted there. Each step
 * loads the URL the previous page links to and reads the DOM Chromium rendered from it.
 */
class WebPageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path OUT = Path.of("target", "web-e2e").toAbsolutePath();

    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": install Debian's chromium package (.ci/run does)");
        server = WebServer.start(TestStore.data(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchFilterOpenTheArticleAndSeeTheClaimHighlighted() throws Exception {
        String search = dumpDom("/?q=OpenAI");
        assertTrue(search.contains("data-ready=\"true\""), search);
        String lossFacet = href(search, "<a href=\"([^\"]*metric=loss[^\"]*)\"[^>]*>loss</a>");

        String filtered = dumpDom("/" + lossFacet);
        assertTrue(filtered.contains("4 claims, showing 1–4"), filtered);
        Matcher metrics = Pattern.compile("</strong> · (\\w+)").matcher(filtered);
        int n = 0;
        while (metrics.find()) {
            assertEquals("loss", metrics.group(1));
            n++;
        }
        assertEquals(4, n, filtered);
        assertTrue(filtered.contains("<mark>50亿美元</mark>"), filtered);
        String articleLink = href(filtered, "<a href=\"(\\?article=[0-9a-f]+#at-\\d+)\"");

        String article = dumpDom("/" + articleLink);
        String anchor = articleLink.substring(articleLink.indexOf('#') + 1);
        Matcher mark = Pattern.compile("<mark id=\"" + anchor + "\"[^>]*class=\"current\"[^>]*>([^<]+)</mark>").matcher(article);
        assertTrue(mark.find(), "the claim linked to is highlighted and focused in the article: " + article);
        assertEquals("50亿美元", mark.group(1));
        assertTrue(article.contains("lang=\"zh-Hans\""), "the text carries its language");

        Path shot = screenshot("/" + articleLink, OUT.resolve("article.png"));
        assertTrue(Files.size(shot) > 10_000, "a screenshot with something on it");
    }

    private static String href(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        assertTrue(m.find(), "no link matching " + regex + " in " + dom);
        return m.group(1).replace("&amp;", "&");
    }

    private static String dumpDom(String pathAndQuery) throws Exception {
        return new String(chromium("--dump-dom", url(pathAndQuery)), StandardCharsets.UTF_8);
    }

    private static Path screenshot(String pathAndQuery, Path png) throws Exception {
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1280,1000", url(pathAndQuery));
        assertTrue(Files.exists(png), "no screenshot written to " + png);
        return png;
    }

    private static String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.address().getPort() + pathAndQuery;
    }

    /**
     * Runs headless Chromium in a fresh profile with nothing on the network but the server, and
     * returns its standard output. The virtual time budget makes it wait for the page's API calls.
     */
    private static byte[] chromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory(OUT, "profile");
        Path stdout = profile.resolve("stdout");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(OUT.resolve("chromium.log").toFile()).start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish within 60 s");
            assertEquals(0, p.exitValue(), "chromium failed; see " + OUT.resolve("chromium.log"));
            return Files.readAllBytes(stdout);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            TestStore.deleteRecursively(profile);
        }
    }
}
