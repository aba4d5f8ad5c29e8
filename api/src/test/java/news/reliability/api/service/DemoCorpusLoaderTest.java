package news.reliability.api.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import news.reliability.fixtures.FixtureCorpus;

@QuarkusTest
@TestProfile(DemoCorpusLoaderTest.DemoEnabled.class)
class DemoCorpusLoaderTest {

    /** Starts the application the way {@code ./scorer serve} does: demo corpus on. */
    public static class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scorer.demo.load", "true");
        }
    }

    @Test
    void anEmptyDatabaseGetsTheDemoCorpusAtStart() {
        long sources = FixtureCorpus.demo().stream().map(a -> a.source().id()).distinct().count();
        given().get("/api/v1/sources?size=200")
                .then().statusCode(200)
                .body("total", equalTo((int) sources))
                .body("items.source", hasItem("Buzz Beacon"));
        var first = FixtureCorpus.demo().getFirst();
        given().get("/api/v1/articles/" + first.id())
                .then().statusCode(200)
                .body("source", equalTo(first.source().name()));
        int articles = given().get("/api/v1/sources?size=200").then().extract().jsonPath()
                .getList("items.articles", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(FixtureCorpus.demo().size(), articles);
    }
}
