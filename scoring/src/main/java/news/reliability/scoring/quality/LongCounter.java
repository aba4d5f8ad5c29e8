package news.reliability.scoring.quality;

/**
 * Counts of 64-bit keys (hashed n-grams) in an open-addressing table: no boxing, sized once for the number of
 * keys it will see. Not thread-safe; one per computation.
 */
final class LongCounter {

    private final long[] keys;
    private final int[] counts;
    private final boolean[] used;
    private final int mask;

    /** A counter for at most {@code expected} distinct keys. */
    LongCounter(int expected) {
        int size = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[size];
        counts = new int[size];
        used = new boolean[size];
        mask = size - 1;
    }

    /** Adds one to the key's count and returns the new count. */
    int increment(long key) {
        int i = slot(key);
        if (!used[i]) {
            used[i] = true;
            keys[i] = key;
        }
        return ++counts[i];
    }

    int count(long key) {
        int i = slot(key);
        return used[i] ? counts[i] : 0;
    }

    private int slot(long key) {
        int i = (int) (mix(key) & mask);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
