package news.reliability.scoring.stance;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * A sparse vector of term weights, indices ascending. Immutable.
 */
final class SparseVector implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] indices;
    private final double[] values;

    private SparseVector(int[] indices, double[] values) {
        this.indices = indices;
        this.values = values;
    }

    /** The unit-length vector of the given weights (the empty vector when all are zero). */
    static SparseVector normalised(Map<Integer, Double> weights) {
        int[] indices = weights.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] values = new double[indices.length];
        double norm = 0;
        for (int i = 0; i < indices.length; i++) {
            values[i] = weights.get(indices[i]);
            norm += values[i] * values[i];
        }
        if (norm == 0) {
            return EMPTY;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < values.length; i++) {
            values[i] /= length;
        }
        return new SparseVector(indices, values);
    }

    int[] indices() {
        return indices;
    }

    double[] values() {
        return values;
    }

    boolean isEmpty() {
        return indices.length == 0;
    }

    /** The dot product, which is the cosine for two unit vectors. */
    double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < indices.length && j < other.indices.length) {
            int a = indices[i];
            int b = other.indices[j];
            if (a == b) {
                sum += values[i++] * other.values[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return Arrays.toString(indices) + Arrays.toString(values);
    }
}
