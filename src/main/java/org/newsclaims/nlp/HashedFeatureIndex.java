package org.newsclaims.nlp;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.ChineseSegmenterAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CRF classifier's feature index, read-only, that finds a feature by a 64-bit hash of its string
 * in flat arrays instead of by the string in a {@code HashMap}.
 *
 * <p>Why: the segmenter and the NER classifier look up about 180 feature strings per character, and
 * their indexes hold 3.3 million and 0.4 million features. Each {@code HashMap} lookup follows a
 * bucket, a node, the key string and its bytes, a cache miss each; that was 43% of CoreNLP's time.
 * Here a lookup reads one slot of a table (its neighbours share the cache line). The index finds
 * exactly what the {@code HashMap} did: the hashes of all its features are distinct (checked when
 * it is built), and a string that is not a feature has a chance of about one in 10<sup>12</sup> per
 * lookup (the number of features over 2<sup>64</sup>) of hashing like one.
 *
 * <p>{@link #compact} swaps it into a loaded pipeline's CRF classifiers; the classifiers' fields are
 * not public, so it reads them by name (CoreNLP 4.5), and leaves a classifier as it is where it
 * cannot.
 */
final class HashedFeatureIndex extends HashIndex<String> {

    private final List<String> features;
    /** Hash of the feature in each slot, 0 for an empty slot. */
    private final long[] hashes;
    private final int[] indexes;
    private final int mask;
    private final int shift;

    /** @throws IllegalArgumentException when two features of {@code original} hash alike */
    HashedFeatureIndex(Index<String> original) {
        this.features = original.objectsList();
        int slots = Integer.highestOneBit(Math.max(1, features.size())) << 2;
        this.hashes = new long[slots];
        this.indexes = new int[slots];
        this.mask = slots - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(slots);
        for (int i = 0; i < features.size(); i++) {
            long h = hash(features.get(i));
            int s = slot(h);
            while (hashes[s] != 0) {
                if (hashes[s] == h) {
                    throw new IllegalArgumentException("features " + indexes[s] + " and " + i + " hash alike");
                }
                s = (s + 1) & mask;
            }
            hashes[s] = h;
            indexes[s] = i;
        }
        lock();
    }

    /** FNV-1a over the UTF-16 units, then a finalizer that spreads the bits; never 0. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private int slot(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> shift);
    }

    @Override
    public int indexOf(String feature) {
        long h = hash(feature);
        for (int s = slot(h); ; s = (s + 1) & mask) {
            if (hashes[s] == h) {
                return indexes[s];
            }
            if (hashes[s] == 0) {
                return -1;
            }
        }
    }

    @Override
    public int indexOf(String feature, boolean add) {
        return indexOf(feature);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && indexOf(s) >= 0;
    }

    @Override
    public int size() {
        return features.size();
    }

    @Override
    public String get(int i) {
        return features.get(i);
    }

    @Override
    public List<String> objectsList() {
        return features;
    }

    @Override
    public Iterator<String> iterator() {
        return features.iterator();
    }

    @Override
    public boolean add(String feature) {
        return false;
    }

    /**
     * Gives the CRF classifiers of {@code pipeline} (its segmenter's and its NER's) hashed feature
     * indexes; returns how many it gave one. The old indexes' hash maps become garbage.
     */
    static int compact(StanfordCoreNLP pipeline) {
        int compacted = 0;
        for (CRFClassifier<?> crf : crfClassifiers(pipeline)) {
            try {
                Field f = CRFClassifier.class.getDeclaredField("featureIndex");
                f.setAccessible(true);
                @SuppressWarnings("unchecked")
                Index<String> original = (Index<String>) f.get(crf);
                f.set(crf, new HashedFeatureIndex(original));
                compacted++;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // this classifier keeps its own index: slower, same tokens
            }
        }
        return compacted;
    }

    private static List<CRFClassifier<?>> crfClassifiers(StanfordCoreNLP pipeline) {
        List<CRFClassifier<?>> out = new ArrayList<>();
        try {
            for (Object annotator : (List<?>) field(pipeline, AnnotationPipeline.class, "annotators")) {
                if (annotator instanceof TokenizerAnnotator tokenizer
                        && field(tokenizer, TokenizerAnnotator.class, "segmenterAnnotator") instanceof ChineseSegmenterAnnotator segmenter
                        && field(segmenter, ChineseSegmenterAnnotator.class, "segmenter") instanceof CRFClassifier<?> crf) {
                    out.add(crf);
                } else if (annotator instanceof NERCombinerAnnotator ner
                        && field(ner, NERCombinerAnnotator.class, "ner") instanceof ClassifierCombiner<?> combiner) {
                    for (Object c : (List<?>) field(combiner, ClassifierCombiner.class, "baseClassifiers")) {
                        if (c instanceof CRFClassifier<?> crf) {
                            out.add(crf);
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a CoreNLP laid out otherwise: whatever was found so far
        }
        return out;
    }

    private static Object field(Object owner, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
