package news.reliability.scoring.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BetaDistributionTest {

    @ParameterizedTest
    @CsvSource({"0.0", "0.01", "0.25", "0.5", "0.8", "0.999", "1.0"})
    void uniformCdfAndQuantileAreIdentity(double x) {
        assertEquals(x, BetaDistribution.cdf(x, 1, 1), 1e-12);
        assertEquals(x, BetaDistribution.quantile(x, 1, 1), 1e-12);
    }

    /** Reference values: closed forms of the regularised incomplete beta function. */
    @ParameterizedTest(name = "I_{0}({1},{2}) = {3}")
    @CsvSource({
            "0.3, 2, 5, 0.579825",
            "0.5, 2, 2, 0.5",
            "0.5, 7, 7, 0.5",
            "0.2, 2, 1, 0.04",    // x^2
            "0.2, 1, 3, 0.488",   // 1 - (1-x)^3
            "0.9, 1, 3, 0.999",
            "0.7, 3, 1, 0.343"})
    void cdfMatchesReferenceValues(double x, double a, double b, double expected) {
        assertEquals(expected, BetaDistribution.cdf(x, a, b), 1e-6);
    }

    @Test
    void cdfIsClampedOutsideTheUnitInterval() {
        assertEquals(0.0, BetaDistribution.cdf(-0.5, 2, 3));
        assertEquals(0.0, BetaDistribution.cdf(0, 2, 3));
        assertEquals(1.0, BetaDistribution.cdf(1, 2, 3));
        assertEquals(1.0, BetaDistribution.cdf(7, 2, 3));
    }

    @Test
    void cdfIsSymmetric() {
        for (double x : new double[] {0.05, 0.3, 0.5, 0.77}) {
            assertEquals(1 - BetaDistribution.cdf(1 - x, 5, 2), BetaDistribution.cdf(x, 2, 5), 1e-12);
        }
    }

    static Stream<Arguments> quantileCases() {
        return Stream.of(
                Arguments.of(2.0, 5.0, 0.579825),
                Arguments.of(1.0, 1.0, 0.025),
                Arguments.of(0.5, 0.5, 0.1),
                Arguments.of(3.0, 30.0, 0.975),
                Arguments.of(101.0, 1.0, 0.025),
                Arguments.of(12.5, 7.25, 0.5),
                Arguments.of(1.0, 400.0, 0.99));
    }

    @ParameterizedTest(name = "Beta({0},{1}) p={2}")
    @MethodSource("quantileCases")
    void quantileInvertsCdf(double a, double b, double p) {
        double x = BetaDistribution.quantile(p, a, b);
        assertTrue(x >= 0 && x <= 1, "x=" + x);
        assertEquals(p, BetaDistribution.cdf(x, a, b), 1e-9);
    }

    @Test
    void quantileOfTheReferenceValueIsItsPoint() {
        assertEquals(0.3, BetaDistribution.quantile(0.579825, 2, 5), 1e-5);
    }

    @Test
    void cdfIsMonotoneOnASeededSample() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            double a = 0.2 + random.nextDouble() * 50;
            double b = 0.2 + random.nextDouble() * 50;
            double x = random.nextDouble();
            double y = Math.min(1, x + random.nextDouble() * 0.1);
            double cx = BetaDistribution.cdf(x, a, b);
            double cy = BetaDistribution.cdf(y, a, b);
            assertTrue(cx >= 0 && cy <= 1 && cx <= cy + 1e-12,
                    "a=" + a + " b=" + b + " x=" + x + " y=" + y + ": " + cx + " > " + cy);
        }
    }

    @Test
    void quantileRejectsProbabilitiesOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> BetaDistribution.quantile(-0.01, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> BetaDistribution.quantile(1.01, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> BetaDistribution.quantile(Double.NaN, 1, 1));
    }

    @ParameterizedTest(name = "logGamma({0}) = ln {1}")
    @CsvSource({"1, 1", "2, 1", "3, 2", "5, 24", "10, 362880"})
    void logGammaOfIntegersIsLogFactorial(double x, double factorial) {
        assertEquals(Math.log(factorial), BetaDistribution.logGamma(x), 1e-12);
    }

    @Test
    void logGammaOfHalvesAndSmallValues() {
        assertEquals(0.5 * Math.log(Math.PI), BetaDistribution.logGamma(0.5), 1e-12);
        assertEquals(Math.log(0.5 * Math.sqrt(Math.PI)), BetaDistribution.logGamma(1.5), 1e-12);
        assertEquals(Math.log(Math.sqrt(Math.PI) * 4 / 3), BetaDistribution.logGamma(-1.5), 1e-12);
        assertEquals(Math.log(Math.exp(BetaDistribution.logGamma(0.25)) * 0.25), BetaDistribution.logGamma(1.25), 1e-12);
    }
}
