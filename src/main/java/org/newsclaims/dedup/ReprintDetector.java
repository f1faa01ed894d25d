package org.newsclaims.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsclaims.ingest.Article;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.normalize.NormalizedText;

/**
 * Finds the reprints of an article among those already stored: candidates come from the store
 * through a {@link CandidateSource} (a shared MinHash band, or several shared strong anchors), and
 * each is verified by exact Jaccard similarity of the shingles and by in-order alignment of the anchors.
 *
 * <p>A shared band with most anchors disagreeing is template news (a daily price bulletin with
 * other numbers), not a reprint, and so is a text that states other days (the same bulletin
 * another day): such a pair is linked as {@code apart}, which keeps the two out of one cluster however other links
 * chain. A spun copy keeps its anchors though synonyms break its shingles; a translation shares
 * only anchors.
 */
public final class ReprintDetector {

    static final double NEAR_DUPLICATE_JACCARD = 0.5;
    static final double SPUN_MIN_JACCARD = 0.05;
    static final double SPUN_ANCHORS = 0.6;
    static final double TRANSLATION_ANCHORS = 0.45;
    /** Matched anchor weight needed before anchors alone can link two articles (about four amounts). */
    static final double MIN_MATCHED_WEIGHT = 10;
    /** With this much anchor weight on both sides, disagreeing anchors veto a textual match. */
    static final double TEMPLATE_ANCHOR_WEIGHT = 8;
    static final double TEMPLATE_MAX_ANCHORS = 0.3;
    /** Shared shingles that make a copy whose anchors agree, however few, a spun reprint (a short headline item). */
    static final double AGREEING_MIN_JACCARD = 0.15;
    /** Strong anchors two articles must share before anchors alone make one a candidate for the other. */
    public static final int MIN_SHARED_ANCHORS = 3;

    private final AnchorExtractor anchors;

    public ReprintDetector(MoneyRecognizer money) {
        this.anchors = new AnchorExtractor(money);
    }

    public Fingerprint fingerprint(Article a) {
        return withAnchors(a, anchors.anchors(a));
    }

    /**
     * The fingerprint of {@code a}, whose text NFKC-normalizes to {@code text} and whose body holds
     * {@code amounts} (found already, offsets into its text).
     */
    public Fingerprint fingerprint(Article a, NormalizedText text, List<AmountMention> amounts) {
        return withAnchors(a, anchors.anchors(a, text, amounts));
    }

    private static Fingerprint withAnchors(Article a, List<Anchor> anchors) {
        int[] shingles = Shingler.shingles(a.bodyText(), a.language());
        return new Fingerprint(Article.key(a.path()), a.docId(), a.language(), shingles,
                MinHash.bandKeys(MinHash.signature(shingles)), anchors);
    }

    /** Links from {@code f} to stored articles (found through {@code stored}) and to not yet searchable {@code recent} ones. */
    public List<ReprintLink> links(Fingerprint f, CandidateSource stored, RecentFingerprints recent) throws IOException {
        Map<String, ReprintLink> byPath = new LinkedHashMap<>();
        for (Fingerprint other : stored.candidates(f)) {
            compare(f, other).ifPresent(l -> byPath.putIfAbsent(l.path(), l));
        }
        for (Fingerprint other : recent.candidates(f, MIN_SHARED_ANCHORS)) {
            compare(f, other).ifPresent(l -> byPath.putIfAbsent(l.path(), l));
        }
        return new ArrayList<>(byPath.values());
    }

    /** Every stored article (found through {@code stored}) that is a reprint of the stored article {@code f}, explained. */
    public static List<ReprintLink> similar(Fingerprint f, CandidateSource stored) throws IOException {
        List<ReprintLink> out = new ArrayList<>();
        for (Fingerprint other : stored.candidates(f)) {
            compare(f, other).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparingDouble(ReprintLink::score).reversed());
        return out;
    }

    /**
     * The relation of {@code other} to {@code f}: a reprint, {@code apart} (template news that must
     * not share a cluster with it), or none.
     */
    public static Optional<ReprintLink> compare(Fingerprint f, Fingerprint other) {
        AnchorAlignment al = AnchorAlignment.align(f.anchors(), other.anchors());
        if (f.docId().equals(other.docId())) {
            return link(other, "duplicate", 1.0, 1.0, f.shingles().length, al);
        }
        boolean otherDay = al.datesChanged();
        if (f.language().isChinese() != other.language().isChinese()) {
            boolean translation = al.score() >= TRANSLATION_ANCHORS && al.matchedWeight() >= MIN_MATCHED_WEIGHT;
            return !translation ? Optional.empty() : otherDay ? apart(other, al, 0, 0)
                    : link(other, "translation", al.score(), 0, 0, al);
        }
        int common = Shingler.common(f.shingles(), other.shingles());
        double jaccard = Shingler.jaccard(f.shingles(), other.shingles());
        boolean anchored = AnchorAlignment.total(f.anchors()) >= TEMPLATE_ANCHOR_WEIGHT
                && AnchorAlignment.total(other.anchors()) >= TEMPLATE_ANCHOR_WEIGHT;
        if ((anchored && al.score() < TEMPLATE_MAX_ANCHORS) || otherDay) {
            return jaccard >= SPUN_MIN_JACCARD ? apart(other, al, jaccard, common) : Optional.empty();
        }
        boolean scriptsDiffer = f.language() != other.language();
        if (jaccard >= NEAR_DUPLICATE_JACCARD) {
            return link(other, scriptsDiffer ? "script_variant" : "near_duplicate", jaccard, jaccard, common, al);
        }
        boolean spun = jaccard >= SPUN_MIN_JACCARD && al.score() >= SPUN_ANCHORS && al.matchedWeight() >= MIN_MATCHED_WEIGHT;
        // anchors that agree, however few (a headline with one amount, or none): the shingles decide
        boolean agreeing = al.score() >= SPUN_ANCHORS
                || Math.min(AnchorAlignment.total(f.anchors()), AnchorAlignment.total(other.anchors())) == 0;
        if (spun || (jaccard >= AGREEING_MIN_JACCARD && agreeing)) {
            return link(other, scriptsDiffer ? "script_variant" : "spun", Math.max(al.score(), jaccard), jaccard, common, al);
        }
        return Optional.empty();
    }

    private static Optional<ReprintLink> apart(Fingerprint other, AnchorAlignment al, double jaccard, int common) {
        return link(other, ReprintLink.APART, al.score(), jaccard, common, al);
    }

    private static Optional<ReprintLink> link(Fingerprint other, String relation, double score, double jaccard,
                                              int common, AnchorAlignment al) {
        return Optional.of(new ReprintLink(other.path(), other.docId(), relation, score, jaccard, al.score(), common,
                al.matched()));
    }
}
