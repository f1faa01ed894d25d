package org.newsclaims.nlp;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.Iterator;
import java.util.List;

/** A CRF classifier's feature index, read-only, over {@link HashedStrings}: the same indexes, found faster. */
final class HashedFeatureIndex extends HashIndex<String> {

    private final List<String> features;
    private final HashedStrings table;

    /** @throws IllegalArgumentException when two features of {@code original} hash alike */
    HashedFeatureIndex(Index<String> original) {
        this.features = original.objectsList();
        this.table = new HashedStrings(features);
        lock();
    }

    @Override
    public int indexOf(String feature) {
        return table.indexOf(feature);
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
}
