package org.newsclaims.nlp;

import java.util.List;

/**
 * A read-only table from strings to their positions in a list, which finds a string by a 64-bit
 * hash of it in flat arrays instead of by the string in a {@code HashMap}.
 *
 * <p>Why: CoreNLP's models look up hundreds of freshly built feature strings per character in
 * tables of up to 3.3 million entries. Each {@code HashMap} lookup follows a bucket, a node, the
 * key string and its bytes, a cache miss each; here a lookup reads one slot (its neighbours share
 * the cache line). It finds exactly what the {@code HashMap} did: the hashes of all its strings are
 * distinct (checked when it is built), and a string that is not in it has a chance of about one in
 * 10<sup>12</sup> per lookup (the number of strings over 2<sup>64</sup>) of hashing like one.
 */
final class HashedStrings {

    /** Hash of the string in each slot, 0 for an empty slot. */
    private final long[] hashes;
    private final int[] indexes;
    private final int mask;
    private final int shift;

    /** @throws IllegalArgumentException when two of {@code strings} hash alike */
    HashedStrings(List<String> strings) {
        int slots = Integer.highestOneBit(Math.max(1, strings.size())) << 2;
        this.hashes = new long[slots];
        this.indexes = new int[slots];
        this.mask = slots - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(slots);
        for (int i = 0; i < strings.size(); i++) {
            long h = hash(strings.get(i));
            int s = slot(h);
            while (hashes[s] != 0) {
                if (hashes[s] == h) {
                    throw new IllegalArgumentException("strings " + indexes[s] + " and " + i + " hash alike");
                }
                s = (s + 1) & mask;
            }
            hashes[s] = h;
            indexes[s] = i;
        }
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

    /** The position of {@code s} in the list the table was built from, or -1. */
    int indexOf(String s) {
        long h = hash(s);
        for (int i = slot(h); ; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                return indexes[i];
            }
            if (hashes[i] == 0) {
                return -1;
            }
        }
    }
}
