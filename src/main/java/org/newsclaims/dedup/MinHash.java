package org.newsclaims.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures and LSH band keys. 128 hash functions in 32 bands of 4 rows: two texts
 * share a band (and become candidates) with probability 1 - (1 - J^4)^32, about 0.5 at a
 * Jaccard similarity J of 0.38 and 0.97 at 0.6.
 */
public final class MinHash {

    public static final int HASHES = 128;
    public static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    public static long[] signature(int[] shingles) {
        long[] sig = new long[HASHES];
        // one hash function at a time: its minimum stays in a register
        for (int i = 0; i < HASHES; i++) {
            long seed = SEEDS[i];
            long min = Long.MAX_VALUE;
            for (int s : shingles) {
                min = Math.min(min, Shingler.mix(s ^ seed));
            }
            sig[i] = min;
        }
        return sig;
    }

    /** One key per band: the band number and a hash of its rows. */
    public static List<String> bandKeys(long[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = Shingler.mix(h * 31 + signature[b * ROWS + r]);
            }
            keys.add(b + ":" + Long.toHexString(h));
        }
        return keys;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            seeds[i] = Shingler.mix(x);
        }
        return seeds;
    }
}
