package news.reliability.scoring.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class StanceFeatureExtractorTest {

    private static final String BODY = "The Harbour Bridge reopened on Monday after 12 weeks of repairs, the council said. "
            + "Officials denied reports that the repairs cost 9 million. Drivers welcomed the news in March.";
    private static final StanceFeatureExtractor EXTRACTOR = StanceFeatureExtractor.fit(List.of(BODY,
            "Rain falls on the mountain villages all week", "Harbour bridge reopens after repairs",
            "The council approved a new school budget"), 1, 3, 2, 1);

    private double feature(String claim, String body, String name) {
        return EXTRACTOR.features(claim, body)[EXTRACTOR.featureNames().indexOf(name)];
    }

    @Test
    void namesEveryColumnOnce() {
        List<String> names = EXTRACTOR.featureNames();
        assertEquals(names.size(), EXTRACTOR.features("a", "b").length);
        assertEquals(names.size(), names.stream().distinct().count());
        assertEquals(List.of("claim_topic_0", "claim_topic_1", "body_topic_0", "body_topic_1"),
                names.subList(names.size() - 4, names.size()));
    }

    @Test
    void relatedClaimOverlapsAndUnrelatedDoesNot() {
        String related = "Harbour bridge reopens after repairs";
        String unrelated = "Snow covers the mountain villages";
        assertTrue(feature(related, BODY, "tfidf_cosine") > 0.3);
        assertEquals(0, feature(unrelated, BODY, "tfidf_cosine"), 1e-12);
        assertEquals(1.0, feature(related, BODY, "claim_terms_in_body"), 1e-12);
        assertEquals(0.0, feature(related, BODY, "best_sentence_position"), 1e-12);
        assertTrue(feature(related, BODY, "jaccard") > feature(unrelated, BODY, "jaccard"));
        assertEquals(1.0, feature(related, BODY, "lcs_best_sentence"), 1e-12);
    }

    @Test
    void numbersDatesAndCuesNearTheOverlap() {
        String claim = "Repairs cost 15 million in April";
        assertEquals(1, feature(claim, BODY, "number_mismatch"));
        assertEquals(0, feature(claim, BODY, "number_overlap"));
        assertEquals(1, feature(claim, BODY, "date_mismatch"));
        assertEquals(1, feature("Repairs cost 9 million", BODY, "number_overlap"));
        assertEquals(1, feature(claim, BODY, "refuting_near_overlap"), "denied is near 'repairs' and 'cost'");
        assertEquals(1, feature("Is the bridge not open?", BODY, "claim_question"));
        assertEquals(1, feature("Is the bridge not open?", BODY, "negation_in_claim"));
    }

    @Test
    void entityStringsMatchByJaroWinkler() {
        assertTrue(feature("Harbor Bridge closed", BODY, "entity_jaro_winkler") > 0.9);
    }

    @Test
    void hostileTextNeverThrows() {
        Random random = new Random(11);
        for (int run = 0; run < 300; run++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < random.nextInt(300); i++) {
                a.append((char) random.nextInt(0x10000));
                b.append(random.nextBoolean() ? "word" + random.nextInt(50000) + " " : ". ");
            }
            double[] features = EXTRACTOR.features(a.toString(), b.toString());
            for (double value : features) {
                assertTrue(Double.isFinite(value));
            }
        }
        assertEquals(EXTRACTOR.featureNames().size(), EXTRACTOR.features("", "").length);
    }
}
