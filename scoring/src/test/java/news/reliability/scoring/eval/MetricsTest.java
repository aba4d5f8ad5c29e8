package news.reliability.scoring.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void aucOfPerfectRandomAndInvertedRankings() {
        boolean[] gold = {false, false, true, true};
        assertEquals(1.0, Metrics.rocAuc(new double[] {0.1, 0.2, 0.8, 0.9}, gold), 1e-12);
        assertEquals(0.0, Metrics.rocAuc(new double[] {0.9, 0.8, 0.2, 0.1}, gold), 1e-12);
        assertEquals(0.5, Metrics.rocAuc(new double[] {0.5, 0.5, 0.5, 0.5}, gold), 1e-12);
        assertEquals(0.75, Metrics.rocAuc(new double[] {0.1, 0.6, 0.5, 0.9}, gold), 1e-12);
        assertTrue(Double.isNaN(Metrics.rocAuc(new double[] {0.1}, new boolean[] {true})));
    }

    @Test
    void f1AccuracyAndConfusion() {
        int[] gold = {0, 0, 1, 1, 2};
        int[] predicted = {0, 1, 1, 1, 0};
        int[][] confusion = Metrics.confusion(gold, predicted, 3);
        assertArrayEquals(new int[] {1, 1, 0}, confusion[0]);
        assertArrayEquals(new int[] {0, 2, 0}, confusion[1]);
        assertArrayEquals(new int[] {1, 0, 0}, confusion[2]);
        double[] f1 = Metrics.f1PerClass(confusion);
        assertEquals(0.5, f1[0], 1e-12);
        assertEquals(0.8, f1[1], 1e-12);
        assertEquals(0.0, f1[2], 1e-12);
        assertEquals(1.3 / 3, Metrics.macroF1(confusion), 1e-12);
        assertEquals(0.6, Metrics.accuracy(confusion), 1e-12);
    }

    @Test
    void stratifiedFoldsAreBalancedDisjointAndSeeded() {
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            labels[i] = i < 20 ? 1 : 0;
        }
        StratifiedFolds folds = StratifiedFolds.split(labels, 5, 42);
        int seen = 0;
        for (int f = 0; f < 5; f++) {
            int[] test = folds.test(f);
            assertEquals(20, test.length);
            assertEquals(4, Arrays.stream(test).filter(i -> labels[i] == 1).count());
            assertEquals(80, folds.train(f).length);
            seen += test.length;
        }
        assertEquals(100, seen);
        assertArrayEquals(folds.test(2), StratifiedFolds.split(labels, 5, 42).test(2));
    }
}
