package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsclaims.TestTexts;
import org.newsclaims.bench.Reprinting;
import org.newsclaims.ingest.Article;
import org.newsclaims.normalize.TextNormalizer;

/**
 * The spin markers of {@code models/claims/spin.tsv}, measured: each must be a spinner's fingerprint in
 * real spun text (seed 000, and the copies of it that reprinting makes: new chrome, an edited lead, the
 * other script, words swapped) and in no honest Chinese article (the news sample and the other seeds),
 * where it could only help to unspin honest text.
 */
class SpinMarkersTest {

    @Test
    void everyMarkerIsInSpunTextAndInNoHonestArticle() throws Exception {
        String seed = STAGES.reader().read(Path.of("corpus/000_0c0986e9bb383d28.txt")).text();
        List<String> spun = new ArrayList<>(List.of(TextNormalizer.toSimplified(seed)));
        for (int k = 1; k <= 4; k++) {
            spun.add(TextNormalizer.toSimplified(Reprinting.reprint(seed, k, true, false)));
        }
        List<String> honest = new ArrayList<>();
        for (Article a : TestTexts.newsSample()) {
            if (a.language().isChinese()) {
                honest.add(TextNormalizer.toSimplified(a.text()));
            }
        }
        for (String other : List.of("002_b6c9298f0427f3c7.txt", "003_3fd00ecdb690494d.txt", "004_5d0dcbae05c0383e.txt")) {
            honest.add(TextNormalizer.toSimplified(STAGES.reader().read(Path.of("corpus", other)).text()));
        }
        assertTrue(honest.size() > 300, "honest Chinese articles: " + honest.size());

        List<String> markers = STAGES.markers().spinZh();
        Map<String, String> misfits = new TreeMap<>();
        for (String marker : markers) {
            long inSpun = spun.stream().filter(t -> t.contains(marker)).count();
            long inHonest = honest.stream().filter(t -> t.contains(marker)).count();
            if (inSpun == 0 || inHonest > 0) {
                misfits.put(marker, "in " + inSpun + " of " + spun.size() + " spun texts, " + inHonest + " honest articles");
            }
        }
        assertEquals(Map.of(), misfits, "markers that do not tell spun text from honest text");

        for (String text : spun) {
            long found = markers.stream().filter(text::contains).count();
            assertTrue(found >= Unspinner.SPIN_MARKERS_NEEDED, "every spun copy shows the spinner's fingerprints: " + found);
        }
    }
}
