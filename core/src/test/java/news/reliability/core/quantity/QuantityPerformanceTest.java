package news.reliability.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large and hostile inputs finish in time linear in their length: 5 MB of news-like text, and 1 MB lines of
 * digits and commas or currency signs that would make a backtracking regex explode. Limits are generous
 * (a shared 2-core machine) but far below what quadratic behaviour would need.
 */
class QuantityPerformanceTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();
    private static final QuantityContext CONTEXT = new QuantityContext(
            Optional.of(Instant.parse("2025-11-20T12:00:00Z")), Optional.of("USD"));
    private static final int MB = 1 << 20;

    @Test
    void fiveMegabytesOfNewsTextIsFast() {
        String paragraph = "Last month the retailer agreed to invest more than $10 billion, or about €9.2bn, over "
                + "seven years in the lab, which employs 6,500 people and was valued at 500 billion in late 2021. "
                + "The talks, which people close to both sides described as early and fragile, could still fall "
                + "apart, and neither company would comment on the record when asked by reporters this morning. "
                + "Nearly 27% of the hundreds of thousands of Nvidia chips ship on Tuesday, the filing said, while "
                + "rivals keep building their own processors for training and for serving large language models. ";
        String text = paragraph.repeat(5 * MB / paragraph.length() + 1);
        List<QuantityMention> found = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> EXTRACTOR.extract(text, CONTEXT));
        int perParagraph = EXTRACTOR.extract(paragraph, CONTEXT).size();
        assertTrue(perParagraph >= 8, "paragraph gives " + perParagraph);
        assertEquals(perParagraph * (5 * MB / paragraph.length() + 1), found.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2", "12,345,", "$", "US$ a "})
    void oneMegabyteLinesOfHostilePatternsAreFast(String unit) {
        String line = unit.repeat(MB / unit.length());
        List<QuantityMention> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> EXTRACTOR.extract(line, CONTEXT));
        QuantityRandomInputTest.assertConsistent(line, found);
    }
}
