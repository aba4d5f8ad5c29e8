package news.reliability.scoring.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TruncatedSvdTest {

    @Test
    void recoversSingularValuesAndVectorsOfASmallMatrix() {
        // rows of a 3 x 4 matrix with singular values 3, 2 and 1 along the first three columns
        int[][] indices = {{0}, {1}, {2}};
        double[][] values = {{3}, {-2}, {1}};
        TruncatedSvd.Result svd = TruncatedSvd.fit(indices, values, 4, 2, 2, 1);
        assertArrayEquals(new double[] {3, 2}, svd.singularValues(), 1e-9);
        assertArrayEquals(new double[] {1, 0, 0, 0}, svd.components()[0], 1e-9);
        assertArrayEquals(new double[] {0, 1, 0, 0}, svd.components()[1], 1e-9);
    }

    @Test
    void rankOneMatrixHasOneNonZeroSingularValue() {
        // every row is a multiple of (1, 2, 2) / 3
        int[][] indices = {{0, 1, 2}, {0, 1, 2}, {0, 1, 2}};
        double[][] values = {{1, 2, 2}, {2, 4, 4}, {-1, -2, -2}};
        TruncatedSvd.Result svd = TruncatedSvd.fit(indices, values, 3, 2, 2, 9);
        assertEquals(Math.sqrt(6) * 3, svd.singularValues()[0], 1e-9);
        assertEquals(0, svd.singularValues()[1], 1e-6);
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3, 2.0 / 3}, svd.components()[0], 1e-9);
    }

    @Test
    void sameSeedSameResult() {
        int[][] indices = {{0, 3}, {1, 2}, {0, 2}, {3}};
        double[][] values = {{1, 0.5}, {2, 1}, {0.3, 0.7}, {4}};
        assertArrayEquals(TruncatedSvd.fit(indices, values, 4, 2, 3, 4).components()[1],
                TruncatedSvd.fit(indices, values, 4, 2, 3, 4).components()[1]);
        assertEquals(0, TruncatedSvd.fit(new int[0][], new double[0][], 4, 2, 1, 1).components().length);
    }
}
