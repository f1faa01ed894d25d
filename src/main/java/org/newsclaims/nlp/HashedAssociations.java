package org.newsclaims.nlp;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One of the POS tagger's feature tables (an extractor's value to the numbers of its features per
 * tag), read-only, over {@link HashedStrings}: the same entries, found faster.
 */
final class HashedAssociations extends AbstractMap<String, int[]> {

    private final List<String> keys;
    private final HashedStrings table;
    private final int[][] values;

    /** @throws IllegalArgumentException when two keys of {@code original} hash alike */
    HashedAssociations(Map<String, int[]> original) {
        this.keys = new ArrayList<>(original.size());
        this.values = new int[original.size()][];
        for (Map.Entry<String, int[]> e : original.entrySet()) {
            values[keys.size()] = e.getValue();
            keys.add(e.getKey());
        }
        this.table = new HashedStrings(keys);
    }

    @Override
    public int[] get(Object key) {
        if (!(key instanceof String s)) {
            return null;
        }
        int i = table.valueOf(s);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Map.Entry<String, int[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, int[]>> iterator() {
                return IntStream.range(0, keys.size()).mapToObj(i -> Map.entry(keys.get(i), values[i])).iterator();
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}
