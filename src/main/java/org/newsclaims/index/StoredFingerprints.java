package org.newsclaims.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.newsclaims.dedup.Anchor;
import org.newsclaims.dedup.CandidateSource;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.MinHash;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.dedup.ReprintLink;
import org.newsclaims.ingest.Language;

/**
 * Reprint fingerprints in the store: written with each article (band keys and strong anchors
 * indexed, shingles, anchors and links stored) and looked up as a {@link CandidateSource} through
 * a searcher.
 */
public final class StoredFingerprints implements CandidateSource {

    /** The stored fields {@link #read} needs. */
    public static final Set<String> FIELDS = Set.of(Fields.PATH, Fields.DOC_ID, Fields.LANGUAGE, Fields.SHINGLES, Fields.ANCHORS);

    private static final int MAX_CANDIDATES = 30;
    private static final float BAND_BOOST = 100f;
    private static final int MAX_ANCHOR_TERMS = 200;

    private final IndexSearcher searcher;

    public StoredFingerprints(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * Stored articles that share a band, enough of its sketch or at least three strong anchors with
     * {@code f}, best first.
     */
    @Override
    public List<Fingerprint> candidates(Fingerprint f) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String band : f.bands()) {
            any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.LSH_BAND, band))), BAND_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        List<String> sketchKeys = f.sketchKeys();
        if (!sketchKeys.isEmpty()) {
            BooleanQuery.Builder shared = new BooleanQuery.Builder().setMinimumNumberShouldMatch(f.minSharedSketchKeys());
            sketchKeys.forEach(k -> shared.add(new TermQuery(new Term(Fields.SKETCH, k)), BooleanClause.Occur.SHOULD));
            any.add(new BoostQuery(new ConstantScoreQuery(shared.build()), BAND_BOOST), BooleanClause.Occur.SHOULD);
        }
        List<String> strong = f.strongAnchorKeys();
        for (String key : strong.subList(0, Math.min(strong.size(), MAX_ANCHOR_TERMS))) {
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
            if (sd.score < BAND_BOOST && sd.score < ReprintDetector.MIN_SHARED_ANCHORS) {
                continue;
            }
            found.add(new Scored(sd.score, candidate(searcher.storedFields().document(sd.doc, FIELDS))));
        }
        found.sort(Comparator.comparingDouble((Scored x) -> -x.score()).thenComparing(x -> x.fingerprint().path()));
        return found.stream().map(Scored::fingerprint).toList();
    }

    /** The fingerprint of a stored article document (it needs the fields in {@link #FIELDS}). */
    public static Fingerprint read(Document d) {
        Fingerprint f = candidate(d);
        return new Fingerprint(f.path(), f.docId(), f.language(), f.shingles(), MinHash.bandKeys(MinHash.signature(f.shingles())), f.anchors());
    }

    /** The fingerprint of a stored article document without its band keys, as a candidate to compare with. */
    private static Fingerprint candidate(Document d) {
        return new Fingerprint(d.get(Fields.PATH), d.get(Fields.DOC_ID), Language.fromTag(d.get(Fields.LANGUAGE)),
                shingles(d.getBinaryValue(Fields.SHINGLES)), List.of(), anchors(d.get(Fields.ANCHORS)));
    }

    /** Adds to the article document {@code d} its fingerprint {@code f} and its {@code links} to reprints. */
    static void add(Document d, Fingerprint f, List<ReprintLink> links) {
        for (String band : f.bands()) {
            d.add(new StringField(Fields.LSH_BAND, band, Field.Store.NO));
        }
        for (String key : f.strongAnchorKeys()) {
            d.add(new StringField(Fields.ANCHOR_TERM, key, Field.Store.NO));
        }
        for (String key : f.sketchKeys()) {
            d.add(new StringField(Fields.SKETCH, key, Field.Store.NO));
        }
        d.add(new StoredField(Fields.SHINGLES, bytes(f.shingles())));
        d.add(new StoredField(Fields.ANCHORS, String.join("\u001f", f.anchors().stream().map(Anchor::toString).toList())));
        d.add(new StoredField(Fields.LINKS, links.stream().map(ReprintLink::stored).collect(Collectors.joining("\n"))));
    }

    private static List<Anchor> anchors(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\u001f")).map(Anchor::parse).toList();
    }

    private static byte[] bytes(int[] shingles) {
        ByteBuffer buf = ByteBuffer.allocate(shingles.length * Integer.BYTES);
        buf.asIntBuffer().put(shingles);
        return buf.array();
    }

    private static int[] shingles(BytesRef bytes) {
        int[] out = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asIntBuffer().get(out);
        return out;
    }
}
