package org.newsclaims.dedup;

import static org.newsclaims.TestStages.STAGES;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.TestStages;
import org.newsclaims.bench.Reprinting;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.pipeline.IngestJob;

/**
 * Claim variants on real text: the seeds (a spun Chinese copy and its Vietnamese translation) and
 * copies of news-sample articles with one change planted in each by {@link Reprinting}: a figure
 * changed, a hedge dropped, a source dropped, a year moved.
 */
class ClaimVariantsTest {

    private static final ArticleReader READER = STAGES.reader();
    private static final ClaimExtractor EXTRACTOR = STAGES.claims();
    private static final SpinSwaps SWAPS = SpinSwaps.load(TestStages.MODELS);
    private static final int PLANTS_PER_KIND = 20;

    @TempDir
    Path tmp;

    private static List<ClaimReading> readings(Article a) {
        return readings(a, EXTRACTOR.extract(a));
    }

    private static List<ClaimReading> readings(Article a, List<Claim> claims) {
        return claims.stream().map(c -> ClaimReading.of(c, a).withSpin(SWAPS)).toList();
    }

    /**
     * 001 translates the original that 000 spun: the spun metric differs, and the figures do not.
     * What else the translation changed is printed (it drops 预测's forecast from a credit, and
     * turns "什么1万亿美元的疑问" into a vague "câu hỏi tỷ đô la").
     */
    @Test
    void theSpunCopyAndItsTranslationDifferInTheSpunMetricAndKeepTheFigures() throws Exception {
        Article spun = READER.read(Path.of("corpus/000_0c0986e9bb383d28.txt"));
        Article translation = READER.read(Path.of("corpus/001_78688a10d7b2755c.txt"));
        List<Variant> variants = ClaimVariants.compare(readings(spun), readings(translation), Article.key(translation.path()));
        variants.forEach(v -> System.out.println("seed variant: " + v.kind().label() + " "
                + (v.canonical() == null ? "" : v.canonical().mention()) + " → " + (v.member() == null ? "" : v.member().mention())
                + " " + v.from() + " → " + v.to() + (v.note() == null ? "" : " (" + v.note() + ")")));
        List<Variant> figures = variants.stream().filter(v -> List.of(ChangeKind.VALUE_CHANGED, ChangeKind.CURRENCY_CHANGED,
                ChangeKind.METRIC_CHANGED, ChangeKind.TIME_CHANGED, ChangeKind.SOURCE_DROPPED, ChangeKind.SOURCE_CHANGED,
                ChangeKind.CLAIM_ADDED).contains(v.kind())).toList();
        assertEquals(1, figures.size(), "figures, metrics, times and sources kept but for the spun metric: " + figures);
        Variant v = figures.get(0);
        assertEquals(ChangeKind.METRIC_CHANGED, v.kind());
        assertEquals("50亿美元", v.canonical().mention());
        assertEquals("profit", v.from());
        assertEquals("loss", v.to());
        assertTrue(v.note().contains("盈余") && v.note().contains("亏损"), v.note());
    }

    /** A change planted in a copy: which claim of the original, and what it should be found as. */
    private record Plant(ChangeKind kind, Article original, List<ClaimReading> originalReadings, Claim claim, String copy) {
    }

    @Test
    void plantedChangesAreFoundAndUntouchedClaimsAreNot() throws Exception {
        List<String> hedges = words("claims/hedges.tsv");
        List<Plant> plants = new ArrayList<>();
        Map<ChangeKind, Integer> count = new EnumMap<>(ChangeKind.class);
        for (Path p : IngestJob.listFiles(List.of(Path.of("../shared/news-sample")), new ArrayList<>())) {
            if (count.values().stream().mapToInt(Integer::intValue).sum() == 4 * PLANTS_PER_KIND) {
                break;
            }
            Article a;
            try {
                a = READER.read(p);
            } catch (IngestException e) {
                continue;
            }
            List<Claim> claims = EXTRACTOR.extract(a);
            List<ClaimReading> originalReadings = readings(a, claims);
            for (Claim c : claims) {
                if (c.amount().vague()) {
                    continue; // no figure to compare: variants leave vague amounts alone
                }
                String text = a.text();
                int inSentence = c.amount().start() - c.sentenceStart();
                String planted = null;
                ChangeKind kind = null;
                if (c.amount().value() != null && free(count, ChangeKind.VALUE_CHANGED)) {
                    kind = ChangeKind.VALUE_CHANGED;
                    planted = Reprinting.changeFigure(text, c.amount().start(), c.amount().end());
                } else if (c.hedged() && free(count, ChangeKind.HEDGE_DROPPED)) {
                    int at = lastBefore(c.sentence(), inSentence, hedges);
                    // the only hedge before the amount, so that dropping it leaves the claim unhedged
                    if (at >= 0 && lastBefore(c.sentence(), at, hedges) < 0) {
                        kind = ChangeKind.HEDGE_DROPPED;
                        String hedge = hedges.stream().filter(h -> c.sentence().startsWith(h, at)).findFirst().orElseThrow();
                        planted = Reprinting.drop(text, c.sentenceStart() + at, c.sentenceStart() + at + hedge.length());
                    }
                } else if (c.attribution().source() != null && "explicit".equals(c.attribution().scope())
                        && free(count, ChangeKind.SOURCE_DROPPED)) {
                    int at = c.sentence().indexOf(c.attribution().source());
                    if (at >= 0) {
                        kind = ChangeKind.SOURCE_DROPPED;
                        planted = Reprinting.drop(text, c.sentenceStart() + at, c.sentenceStart() + at + c.attribution().source().length());
                    }
                } else if (c.year() != null && c.time() != null && free(count, ChangeKind.TIME_CHANGED)) {
                    int at = c.sentence().indexOf(c.time());
                    if (at >= 0 && c.time().matches(".*(19|20)\\d\\d.*")) {
                        kind = ChangeKind.TIME_CHANGED;
                        planted = Reprinting.swapYear(text, c.sentenceStart() + at, c.sentenceStart() + at + c.time().length());
                    }
                }
                if (kind != null && !planted.equals(text)) {
                    plants.add(new Plant(kind, a, originalReadings, c, planted));
                    count.merge(kind, 1, Integer::sum);
                    break;
                }
            }
        }
        Map<ChangeKind, int[]> found = new EnumMap<>(ChangeKind.class);
        int reported = 0;
        int right = 0;
        for (Plant plant : plants) {
            Path file = tmp.resolve(plants.indexOf(plant) + "-" + plant.original().path().getFileName());
            Files.writeString(file, plant.copy(), StandardCharsets.UTF_8);
            Article copy = READER.read(file);
            List<Variant> variants = ClaimVariants.compare(plant.originalReadings(), readings(copy), Article.key(file));
            boolean hit = false;
            for (Variant v : variants) {
                boolean planted = found(plant, v) && v.canonical().start() == plant.claim().amount().start();
                hit |= planted;
                right += planted || touched(plant, v) ? 1 : 0;
                if (!planted && !touched(plant, v)) {
                    System.out.println("  unplanted " + v.kind().label() + " in " + plant.original().path().getFileName()
                            + " (planted " + plant.kind().label() + "): " + v.from() + " → " + v.to());
                }
            }
            reported += variants.size();
            int[] n = found.computeIfAbsent(plant.kind(), k -> new int[2]);
            n[0] += hit ? 1 : 0;
            n[1]++;
            if (!hit) {
                System.out.println("  missed " + plant.kind().label() + " in " + plant.original().path().getFileName() + " at "
                        + plant.claim().amount().text() + ": " + plant.claim().sentence().replace('\n', ' '));
            }
        }
        int planted = plants.size();
        int hits = found.values().stream().mapToInt(n -> n[0]).sum();
        System.out.println("planted changes found, by kind:");
        found.forEach((k, n) -> System.out.printf("  %-15s %d/%d%n", k.label(), n[0], n[1]));
        System.out.printf("variant recall %d/%d = %.3f, precision %d/%d = %.3f%n", hits, planted, (double) hits / planted,
                right, reported, reported == 0 ? 0 : (double) right / reported);
        assertEquals(4 * PLANTS_PER_KIND, planted, "enough claims to plant each change in");
        assertTrue(hits >= 0.95 * planted, "recall");
        assertTrue(right >= 0.95 * reported, "precision");
    }

    /**
     * Whether {@code v} names the planted change. A dropped source is found as dropped, or as changed
     * where the extractor then credits another word of the cue (据商务部20日介绍 without 商务部 credits 20日).
     */
    private static boolean found(Plant plant, Variant v) {
        boolean kind = v.kind() == plant.kind()
                || (plant.kind() == ChangeKind.SOURCE_DROPPED && v.kind() == ChangeKind.SOURCE_CHANGED);
        return kind && v.canonical() != null;
    }

    /**
     * A change the plant made to another claim than the one it was planted at: the same change to a
     * claim of the same sentence, or to one crediting the dropped source (attribution is inherited
     * by the next sentence).
     */
    private static boolean touched(Plant plant, Variant v) {
        return found(plant, v) && (v.canonical().sentenceStart() == plant.claim().sentenceStart()
                || (plant.kind() == ChangeKind.SOURCE_DROPPED && plant.claim().attribution().source().equals(v.canonical().source())));
    }

    private static boolean free(Map<ChangeKind, Integer> count, ChangeKind kind) {
        return count.getOrDefault(kind, 0) < PLANTS_PER_KIND;
    }

    /** Where the last of {@code words} before {@code end} starts in {@code s}, or -1. */
    private static int lastBefore(String s, int end, List<String> words) {
        int best = -1;
        for (String w : words) {
            int at = s.lastIndexOf(w, end - w.length());
            best = Math.max(best, at);
        }
        return best;
    }

    /** The words (second column) of a word list under {@code models/}. */
    private static List<String> words(String file) throws IOException {
        return TestStages.MODELS.lines(file).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1]).toList();
    }
}
