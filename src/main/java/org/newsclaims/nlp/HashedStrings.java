package org.newsclaims.nlp;

import java.util.List;

/**
 * A read-only table from strings to int values, which finds a string by a 64-bit hash of it in
 * one flat array instead of by the string in a {@code HashMap}.
 *
 * <p>Why: CoreNLP's models look up hundreds of freshly built feature strings per character in
 * tables of up to 3.3 million entries. Each {@code HashMap} lookup follows a bucket, a node, the
 * key string and its bytes, a cache miss each; here a lookup reads one slot, whose hash and value
 * sit side by side (and its neighbours share the cache line). It finds exactly what the
 * {@code HashMap} did: the hashes of all its strings are distinct (checked when it is built), and
 * a string that is not in it has a chance of about one in 10<sup>12</sup> per lookup (the number
 * of strings over 2<sup>64</sup>) of hashing like one.
 */
final class HashedStrings {

    /** Slot {@code s} is {@code slots[2s]}, the hash of its string (0 for an empty slot), and {@code slots[2s + 1]}, its value. */
    private final long[] slots;
    private final int mask;
    private final int shift;

    /** Each of {@code strings} to its position in the list. */
    HashedStrings(List<String> strings) {
        this(strings, null);
    }

    /**
     * Each of {@code strings} to the value at its position in {@code values} (its position when null).
     *
     * @throws IllegalArgumentException when two of {@code strings} hash alike
     */
    HashedStrings(List<String> strings, int[] values) {
        int count = Integer.highestOneBit(Math.max(1, strings.size())) << 2;
        this.slots = new long[2 * count];
        this.mask = count - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(count);
        for (int i = 0; i < strings.size(); i++) {
            long h = hash(strings.get(i));
            int s = slot(h);
            while (slots[2 * s] != 0) {
                if (slots[2 * s] == h) {
                    throw new IllegalArgumentException("strings " + i + " and one before it hash alike");
                }
                s = (s + 1) & mask;
            }
            slots[2 * s] = h;
            slots[2 * s + 1] = values == null ? i : values[i];
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

    /** The value of {@code s}, or -1 when the table does not hold it. */
    int valueOf(String s) {
        long h = hash(s);
        for (int i = slot(h); ; i = (i + 1) & mask) {
            long held = slots[2 * i];
            if (held == h) {
                return (int) slots[2 * i + 1];
            }
            if (held == 0) {
                return -1;
            }
        }
    }
}
