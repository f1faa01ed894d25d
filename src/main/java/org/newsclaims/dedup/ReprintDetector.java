package org.newsclaims.dedup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.newsclaims.index.Fields;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.normalize.NormalizedText;

/**
 * Finds the reprints of an article among those already stored: candidates come from the index
 * (a shared MinHash band, or several shared strong anchors), and each is verified by exact
 * Jaccard similarity of the shingles and by in-order alignment of the anchors.
 *
 * <p>A shared band with most anchors disagreeing is template news (a daily price bulletin with
 * other numbers), not a reprint; a spun copy keeps its anchors though synonyms break its
 * shingles; a translation shares only anchors.
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
    static final int MAX_CANDIDATES = 30;
    private static final float BAND_BOOST = 100f;
    private static final int MIN_SHARED_ANCHORS = 3;

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
        return new Fingerprint(org.newsclaims.index.ArticleStore.key(a.path()), a.docId(), a.language(), shingles,
                MinHash.bandKeys(MinHash.signature(shingles)), anchors);
    }

    /** Links from {@code f} to stored articles (through {@code searcher}) and to not yet searchable {@code recent} ones. */
    public List<ReprintLink> links(Fingerprint f, IndexSearcher searcher, RecentFingerprints recent) throws IOException {
        Map<String, ReprintLink> byPath = new LinkedHashMap<>();
        for (Fingerprint other : candidates(f, searcher)) {
            compare(f, other).ifPresent(l -> byPath.putIfAbsent(l.path(), l));
        }
        for (Fingerprint other : recent.candidates(f, MIN_SHARED_ANCHORS)) {
            compare(f, other).ifPresent(l -> byPath.putIfAbsent(l.path(), l));
        }
        return new ArrayList<>(byPath.values());
    }

    /** Stored articles that share a band or at least three strong anchors with {@code f}, best first. */
    public static List<Fingerprint> candidates(Fingerprint f, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String band : f.bands()) {
            any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.LSH_BAND, band))), BAND_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        List<String> strong = f.strongAnchorKeys();
        for (String key : strong.subList(0, Math.min(strong.size(), 200))) {
            any.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.ANCHOR_TERM, key))), BooleanClause.Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(any.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PATH, f.path())), BooleanClause.Occur.MUST_NOT)
                .build();
        // ties are ordered by path, not by where the index happened to put each document
        record Scored(float score, Fingerprint fingerprint) {
        }
        List<Scored> found = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, MAX_CANDIDATES).scoreDocs) {
            if (sd.score < BAND_BOOST && sd.score < MIN_SHARED_ANCHORS) {
                continue;
            }
            found.add(new Scored(sd.score, candidate(searcher.storedFields().document(sd.doc, STORED))));
        }
        found.sort(java.util.Comparator.comparingDouble((Scored x) -> -x.score()).thenComparing(x -> x.fingerprint().path()));
        return found.stream().map(Scored::fingerprint).toList();
    }

    public static final Set<String> STORED = Set.of(Fields.PATH, Fields.DOC_ID, Fields.LANGUAGE, Fields.SHINGLES, Fields.ANCHORS);

    /** The fingerprint of a stored article document (it needs the fields in {@link #STORED}). */
    public static Fingerprint stored(Document d) {
        Fingerprint f = candidate(d);
        return new Fingerprint(f.path(), f.docId(), f.language(), f.shingles(), MinHash.bandKeys(MinHash.signature(f.shingles())), f.anchors());
    }

    /** The fingerprint of a stored article document without its band keys, as a candidate to compare with. */
    private static Fingerprint candidate(Document d) {
        return new Fingerprint(d.get(Fields.PATH), d.get(Fields.DOC_ID), Language.fromTag(d.get(Fields.LANGUAGE)),
                Shingler.fromBytes(d.getBinaryValue(Fields.SHINGLES)), List.of(), parseAnchors(d.get(Fields.ANCHORS)));
    }

    /** Every stored article that is a reprint of the stored article {@code f}, explained. */
    public static List<ReprintLink> similar(Fingerprint f, IndexSearcher searcher) throws IOException {
        List<ReprintLink> out = new ArrayList<>();
        for (Fingerprint other : candidates(f, searcher)) {
            compare(f, other).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparingDouble(ReprintLink::score).reversed());
        return out;
    }

    /** The relation of {@code other} to {@code f}, if it is a reprint at all. */
    public static Optional<ReprintLink> compare(Fingerprint f, Fingerprint other) {
        AnchorAlignment al = AnchorAlignment.align(f.anchors(), other.anchors());
        if (f.docId().equals(other.docId())) {
            return link(other, "duplicate", 1.0, 1.0, f.shingles().length, al);
        }
        if (f.language().isChinese() != other.language().isChinese()) {
            boolean translation = al.score() >= TRANSLATION_ANCHORS && al.matchedWeight() >= MIN_MATCHED_WEIGHT;
            return translation ? link(other, "translation", al.score(), 0, 0, al) : Optional.empty();
        }
        int common = Shingler.common(f.shingles(), other.shingles());
        double jaccard = Shingler.jaccard(f.shingles(), other.shingles());
        boolean anchored = AnchorAlignment.total(f.anchors()) >= TEMPLATE_ANCHOR_WEIGHT
                && AnchorAlignment.total(other.anchors()) >= TEMPLATE_ANCHOR_WEIGHT;
        if (anchored && al.score() < TEMPLATE_MAX_ANCHORS) {
            return Optional.empty();
        }
        boolean scriptsDiffer = f.language() != other.language();
        if (jaccard >= NEAR_DUPLICATE_JACCARD) {
            return link(other, scriptsDiffer ? "script_variant" : "near_duplicate", jaccard, jaccard, common, al);
        }
        if (jaccard >= SPUN_MIN_JACCARD && al.score() >= SPUN_ANCHORS && al.matchedWeight() >= MIN_MATCHED_WEIGHT) {
            return link(other, scriptsDiffer ? "script_variant" : "spun", al.score(), jaccard, common, al);
        }
        return Optional.empty();
    }

    private static Optional<ReprintLink> link(Fingerprint other, String relation, double score, double jaccard,
                                              int common, AnchorAlignment al) {
        return Optional.of(new ReprintLink(other.path(), other.docId(), relation, score, jaccard, al.score(), common,
                al.matched()));
    }

    static List<Anchor> parseAnchors(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split("\u001f")).map(Anchor::parse).toList();
    }

    public static String storeAnchors(List<Anchor> anchors) {
        return String.join("\u001f", anchors.stream().map(Anchor::toString).toList());
    }
}
