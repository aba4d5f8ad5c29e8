package news.reliability.core.story;

import java.util.Collection;
import java.util.Random;

/**
 * MinHash signatures of string sets: the share of equal positions in two signatures estimates the Jaccard
 * similarity of the sets. Deterministic (fixed seed). Thread-safe.
 */
public final class MinHash {

    /** Number of hash functions; also the signature length. */
    public static final int SIZE = 64;
    private static final long PRIME = (1L << 61) - 1;
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        Random random = new Random(20_261_122L);
        for (int i = 0; i < SIZE; i++) {
            A[i] = 1 + Math.floorMod(random.nextLong(), PRIME - 1);
            B[i] = Math.floorMod(random.nextLong(), PRIME);
        }
    }

    private MinHash() {
    }

    /** The signature of a set of strings; an empty set gives a signature equal to no other. */
    public static int[] signature(Collection<String> items) {
        int[] signature = new int[SIZE];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (String item : items) {
            long x = mix(item.hashCode());
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (Math.floorMod(A[i] * x + B[i], PRIME) & 0x7fffffff);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** Estimated Jaccard similarity of the sets behind two signatures. */
    public static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    private static long mix(int h) {
        long x = h & 0xffffffffL;
        x ^= x >>> 16;
        x *= 0x45d9f3bL;
        x ^= x >>> 16;
        return x;
    }
}
