package org.newsclaims.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsclaims.bench.Reprinting;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.index.StoredClusters;
import org.newsclaims.index.StoredFingerprints;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;

/**
 * Real articles, transformed here the way reprints are made, must join their original's cluster;
 * template news with other numbers must not.
 */
class ReprintDetectorTest {

    private static final ArticleReader READER = STAGES.reader();
    private static final ReprintDetector DETECTOR = STAGES.reprints();

    @TempDir
    Path tmp;

    private Article read(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return READER.read(file);
    }

    private Optional<ReprintLink> compare(Article original, Article copy) {
        return ReprintDetector.compare(DETECTOR.fingerprint(copy), DETECTOR.fingerprint(original));
    }

    private static String text(String path) throws Exception {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    static final String[] ARTICLES = {"corpus/003_3fd00ecdb690494d.txt", "corpus/002_b6c9298f0427f3c7.txt",
        "corpus/001_78688a10d7b2755c.txt", "../shared/news-sample/n508.txt", "../shared/news-sample/n390.txt",
        "../shared/news-sample/n013.txt"};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void verbatimCopyWithNewChromeIsTheSameArticle(int i) throws Exception {
        String original = text(ARTICLES[i]);
        Article a = read("a.txt", original);
        Article b = read("b.txt", Reprinting.withNewChrome(original));
        assertEquals("duplicate", compare(a, b).orElseThrow().relation());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void rewrittenLeadAndDroppedParagraphIsANearDuplicate(int i) throws Exception {
        Article a = read("a.txt", text(ARTICLES[i]));
        Article b = read("b.txt", Reprinting.editedLead(a.bodyText(), a.language().isChinese()));
        ReprintLink link = compare(a, b).orElseThrow(() -> new AssertionError("edited copy not linked"));
        assertTrue(List.of("near_duplicate", "spun").contains(link.relation()), link.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5})
    void scriptConversionIsAScriptVariant(int i) throws Exception {
        Article a = read("a.txt", text(ARTICLES[i]));
        Article b = read("b.txt", Reprinting.otherScript(text(ARTICLES[i]), a.language().tag().equals("zh-Hant")));
        assertTrue(a.language() != b.language(), "the copy is in the other script");
        assertEquals("script_variant", compare(a, b).orElseThrow().relation());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void synonymSwapsOnAFifthOfTheWordsStillLink(int i) throws Exception {
        Article a = read("a.txt", text(ARTICLES[i]));
        Article b = read("b.txt", Reprinting.swapEveryFifthWord(text(ARTICLES[i]), a.language().isChinese()));
        ReprintLink link = compare(a, b).orElseThrow(() -> new AssertionError("spun copy not linked"));
        assertTrue(List.of("spun", "near_duplicate").contains(link.relation()), link.toString());
    }

    @Test
    void templateBulletinsWithOtherNumbersAndDatesStayApart() throws Exception {
        for (String path : List.of("../shared/news-sample/n080.txt", "../shared/news-sample/n063.txt", ARTICLES[0])) {
            String original = text(path);
            Article a = read("a.txt", original);
            Article b = read("b.txt", Reprinting.otherNumbers(original));
            assertTrue(compare(a, b).filter(ReprintLink::reprint).isEmpty(), path + " linked to its own template with other numbers");
        }
    }

    @Test
    void translationLinksBySharedAnchors() throws Exception {
        Article zh = READER.read(Path.of("corpus/000_0c0986e9bb383d28.txt"));
        Article vi = READER.read(Path.of("corpus/001_78688a10d7b2755c.txt"));
        ReprintLink link = compare(zh, vi).orElseThrow();
        assertEquals("translation", link.relation());
        assertTrue(link.aligned().contains("$USD:5000000000") && link.aligned().contains("$USD:8500000000"), link.aligned().toString());
        for (String other : List.of("002_b6c9298f0427f3c7.txt", "003_3fd00ecdb690494d.txt", "004_5d0dcbae05c0383e.txt")) {
            Article o = READER.read(Path.of("corpus", other));
            assertTrue(compare(o, vi).isEmpty() && compare(o, zh).isEmpty(), other + " is a different story");
        }
    }

    @Test
    void seedsClusterAsTheyShouldThroughTheStore() throws Exception {
        try (ArticleStore store = ArticleStore.open(tmp.resolve("data"), STAGES.build())) {
            RecentFingerprints recent = new RecentFingerprints();
            try (var files = Files.list(Path.of("corpus"))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    Article a = READER.read(p);
                    Fingerprint f = DETECTOR.fingerprint(a);
                    store.put(a, "sha-" + p, List.of(), STAGES.fx(), f,
                            DETECTOR.links(f, new StoredFingerprints(store.searcher()), recent));
                    recent.add(f);
                }
            }
            store.commit();
            Clusters clusters = StoredClusters.build(store.searcher(), STAGES.markers());
            Cluster c = clusters.ofPath(Article.key(Path.of("corpus/001_78688a10d7b2755c.txt")));
            assertEquals(2, c.size());
            assertEquals(Article.key(Path.of("corpus/000_0c0986e9bb383d28.txt")), c.canonical());
            assertEquals("spun", c.members().get(0).relation());
            assertEquals("translation", c.members().get(1).relation());
            for (String alone : List.of("002_b6c9298f0427f3c7.txt", "003_3fd00ecdb690494d.txt", "004_5d0dcbae05c0383e.txt")) {
                assertEquals(1, clusters.ofPath(Article.key(Path.of("corpus", alone))).size(), alone);
            }
        }
    }

}
