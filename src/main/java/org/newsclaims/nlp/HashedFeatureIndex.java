package org.newsclaims.nlp;

import edu.stanford.nlp.util.HashIndex;
import java.util.List;

/**
 * A CRF classifier's feature index, read-only, over {@link HashedStrings}, which gives for each
 * feature where its weights start in the {@link CompactCrfWeights compacted weights} (not its
 * position among the features: that is the one thing a classifier asks its index for when it
 * labels text). Asked for a feature by number, or for the list of features, it throws.
 */
final class HashedFeatureIndex extends HashIndex<String> {

    private final int size;
    private final HashedStrings table;

    /**
     * @param offsets where the weights of each feature of {@code features} start
     * @throws IllegalArgumentException when two of {@code features} hash alike
     */
    HashedFeatureIndex(List<String> features, int[] offsets) {
        this.size = features.size();
        this.table = new HashedStrings(features, offsets);
        lock();
    }

    /** Where the weights of {@code feature} start, or -1 for a feature the model does not have. */
    @Override
    public int indexOf(String feature) {
        return table.valueOf(feature);
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
        return size;
    }

    @Override
    public String get(int i) {
        throw new UnsupportedOperationException("a hashed feature index finds offsets of features, not features");
    }

    @Override
    public List<String> objectsList() {
        throw new UnsupportedOperationException("a hashed feature index does not list its features");
    }

    @Override
    public boolean add(String feature) {
        return false;
    }
}
