package news.reliability.scoring.ml;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * Truncated singular value decomposition of a sparse matrix by randomized subspace iteration (Halko,
 * Martinsson and Tropp, 2011): the top {@code k} right singular vectors and their singular values.
 *
 * <p>Pure Java: Smile's SVD calls native LAPACK, which the project's machines do not have. Seeded, so the same
 * matrix and seed give the same vectors. Stateless; inputs are not modified.
 */
public final class TruncatedSvd {

    private static final int JACOBI_SWEEPS = 60;

    /**
     * The decomposition.
     *
     * @param components {@code k} right singular vectors, each of length {@code columns}, largest first
     * @param singularValues their singular values, descending
     */
    public record Result(double[][] components, double[] singularValues) {
        public Result {
            Objects.requireNonNull(components, "components");
            Objects.requireNonNull(singularValues, "singularValues");
        }
    }

    private TruncatedSvd() {
    }

    /**
     * Decomposes the sparse matrix whose row {@code i} has the values {@code values[i]} at the columns
     * {@code indices[i]}.
     *
     * @param columns        number of columns; every index must be below it
     * @param k              number of singular vectors wanted, at least 1
     * @param powerIterations subspace iterations, 2 to 4 suit text
     * @param seed           random seed
     * @return at most {@code min(k, rows, columns)} components
     */
    public static Result fit(int[][] indices, double[][] values, int columns, int k, int powerIterations, long seed) {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("need one value array per index array");
        }
        if (k < 1 || columns < 1 || powerIterations < 0) {
            throw new IllegalArgumentException("need k >= 1, columns >= 1, powerIterations >= 0");
        }
        int rows = indices.length;
        int rank = Math.min(k, Math.min(rows, columns));
        if (rank == 0) {
            return new Result(new double[0][], new double[0]);
        }
        int width = Math.min(rank + 10, Math.min(rows, columns));
        Random random = new Random(seed);
        double[][] omega = new double[width][columns];
        for (double[] column : omega) {
            for (int j = 0; j < columns; j++) {
                column[j] = random.nextGaussian();
            }
        }
        double[][] q = times(indices, values, omega, rows);
        orthonormalise(q);
        for (int iteration = 0; iteration < powerIterations; iteration++) {
            double[][] z = transposeTimes(indices, values, q, columns);
            orthonormalise(z);
            q = times(indices, values, z, rows);
            orthonormalise(q);
        }
        double[][] b = transposeTimes(indices, values, q, columns); // B^T, one row of B per entry
        double[][] gram = new double[width][width];
        for (int r = 0; r < width; r++) {
            for (int c = r; c < width; c++) {
                gram[r][c] = gram[c][r] = dot(b[r], b[c]);
            }
        }
        double[][] eigenvectors = new double[width][width];
        double[] eigenvalues = jacobi(gram, eigenvectors);
        Integer[] order = new Integer[width];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Double.compare(eigenvalues[y], eigenvalues[x]));
        double[][] components = new double[rank][];
        double[] sigma = new double[rank];
        for (int m = 0; m < rank; m++) {
            int e = order[m];
            sigma[m] = Math.sqrt(Math.max(0, eigenvalues[e]));
            double[] v = new double[columns];
            for (int r = 0; r < width; r++) {
                double weight = eigenvectors[r][e];
                double[] row = b[r];
                for (int j = 0; j < columns; j++) {
                    v[j] += weight * row[j];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            if (norm > 0) {
                for (int j = 0; j < columns; j++) {
                    v[j] /= norm;
                }
            }
            fixSign(v);
            components[m] = v;
        }
        return new Result(components, sigma);
    }

    /** A times the given column vectors: one output vector of length rows per input vector. */
    private static double[][] times(int[][] indices, double[][] values, double[][] vectors, int rows) {
        double[][] out = new double[vectors.length][rows];
        for (int i = 0; i < rows; i++) {
            int[] idx = indices[i];
            double[] val = values[i];
            for (int c = 0; c < vectors.length; c++) {
                double[] vector = vectors[c];
                double sum = 0;
                for (int n = 0; n < idx.length; n++) {
                    sum += val[n] * vector[idx[n]];
                }
                out[c][i] = sum;
            }
        }
        return out;
    }

    /** A transposed times the given vectors of length rows. */
    private static double[][] transposeTimes(int[][] indices, double[][] values, double[][] vectors, int columns) {
        double[][] out = new double[vectors.length][columns];
        for (int i = 0; i < indices.length; i++) {
            int[] idx = indices[i];
            double[] val = values[i];
            for (int c = 0; c < vectors.length; c++) {
                double weight = vectors[c][i];
                if (weight == 0) {
                    continue;
                }
                double[] target = out[c];
                for (int n = 0; n < idx.length; n++) {
                    target[idx[n]] += weight * val[n];
                }
            }
        }
        return out;
    }

    /** Modified Gram-Schmidt over the vectors; a vector that collapses becomes zero. */
    private static void orthonormalise(double[][] vectors) {
        for (int c = 0; c < vectors.length; c++) {
            double[] v = vectors[c];
            for (int p = 0; p < c; p++) {
                double projection = dot(v, vectors[p]);
                double[] u = vectors[p];
                for (int j = 0; j < v.length; j++) {
                    v[j] -= projection * u[j];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int j = 0; j < v.length; j++) {
                v[j] = norm > 1e-12 ? v[j] / norm : 0;
            }
        }
    }

    /** Cyclic Jacobi eigen decomposition of a symmetric matrix (destroyed); eigenvectors as columns. */
    private static double[] jacobi(double[][] a, double[][] vectors) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < JACOBI_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-22) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] eigenvalues = new double[n];
        for (int i = 0; i < n; i++) {
            eigenvalues[i] = a[i][i];
        }
        return eigenvalues;
    }

    /** Makes the largest entry positive so that results do not flip sign between runs. */
    private static void fixSign(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[best])) {
                best = j;
            }
        }
        if (v[best] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * y[j];
        }
        return sum;
    }
}
