package news.reliability.scoring.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BodySplitTest {

    private static final List<Integer> IDS = IntStream.range(0, 100).boxed().toList();

    @Test
    void partsAreDisjointCoverEveryIdAndHaveTheAskedSizes() {
        BodySplit split = BodySplit.of(IDS, 0.1, 0.2, 5);
        assertEquals(70, split.train().size());
        assertEquals(10, split.validation().size());
        assertEquals(20, split.holdout().size());
        Set<Integer> all = new HashSet<>(split.train());
        all.addAll(split.validation());
        all.addAll(split.holdout());
        assertEquals(Set.copyOf(IDS), all);
        assertTrue(split.holdout().stream().noneMatch(split.train()::contains));
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertEquals(BodySplit.of(IDS, 0.1, 0.2, 5), BodySplit.of(IDS.reversed(), 0.1, 0.2, 5));
        assertTrue(!BodySplit.of(IDS, 0.1, 0.2, 5).holdout().equals(BodySplit.of(IDS, 0.1, 0.2, 6).holdout()));
    }

    @Test
    void refusesFractionsThatLeaveNothingToTrainOn() {
        assertThrows(IllegalArgumentException.class, () -> BodySplit.of(IDS, 0.5, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> BodySplit.of(IDS, -0.1, 0.2, 1));
    }
}
