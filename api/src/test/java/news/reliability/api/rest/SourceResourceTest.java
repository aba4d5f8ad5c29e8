package news.reliability.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import news.reliability.api.TestArticles;
import news.reliability.core.model.Source;

@QuarkusTest
class SourceResourceTest {

    private static String ingest(String source, String url) {
        given().contentType(ContentType.JSON)
                .body(TestArticles.article(source, url, TestArticles.TEXT))
                .post("/api/v1/articles").then().statusCode(201);
        return new Source(source).id();
    }

    @Test
    void aSourceHasAScoreWithItsIntervalSignalsAndModelVersions() {
        String source = TestArticles.uniqueSource("Pulse Media");
        String id = ingest(source, "https://pulse.example/" + source.hashCode());

        given().get("/api/v1/sources/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("source", equalTo(source))
                .body("articles", equalTo(1))
                .body("score", greaterThanOrEqualTo(0f))
                .body("score", lessThanOrEqualTo(1f))
                .body("low", lessThanOrEqualTo(0.5f))
                .body("high", greaterThanOrEqualTo(0.5f))
                .body("signals", hasKey("corroborated"))
                .body("signals", hasKey("contradicted"))
                .body("evidence", hasSize(0))
                .body("modelVersions", hasKey("boilerplate"));
    }

    private static String ingest(String source, String url, String text) {
        Map<String, Object> body = TestArticles.article(source, url, text);
        body.put("title", "Fenwick Rail orders trains");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/articles").then().statusCode(201);
        return new Source(source).id();
    }

    @Test
    void scoresComeFromTruthDiscoveryOverTheStoredClaimGroupsAndFollowNewArticles() {
        String tag = TestArticles.uniqueSource("");
        String valley = ingest("Valley Post" + tag, "https://valley.example/" + tag.strip(), """
                Fenwick Rail has ordered 40 new trains from Brightmoor Works for 2.4 billion euros, the operator said on Monday.

                The first trains will enter service in 2028, Fenwick Rail said.
                """);
        String coast = ingest("Coast Daily" + tag, "https://coast.example/" + tag.strip(), """
                Fenwick Rail agreed to buy 40 trains from Brightmoor Works in a deal worth 2.4 billion euros.

                The operator expects the trains to run from 2028.
                """);
        int valleyHistory = given().get("/api/v1/sources/" + valley + "/history").then().statusCode(200)
                .extract().jsonPath().getList("score").size();
        assertEquals(2, valleyHistory, "another outlet's article rescored the first one");
        String rumour = ingest("Rumour Mill" + tag, "https://rumour.example/" + tag.strip(), """
                Fenwick Rail agreed to buy 40 trains from Brightmoor Works in a deal worth 9 billion euros.

                It is the biggest order ever, and everyone is talking about it.
                """);

        float valleyScore = given().get("/api/v1/sources/" + valley).then().statusCode(200)
                .body("evidence.kind", hasItem("corroborated"))
                .body("signals.trust", notNullValue())
                .extract().path("score");
        float rumourScore = given().get("/api/v1/sources/" + rumour).then().statusCode(200)
                .body("signals.contradicted", equalTo(1f))
                .body("evidence.findAll { it.kind == 'contradicted' }.claimGroup", everyItem(notNullValue()))
                .body("evidence.findAll { it.kind == 'contradicted' }.story", everyItem(notNullValue()))
                .body("evidence.findAll { it.kind == 'contradicted' }.text", hasItem(containsString("9 billion")))
                .extract().path("score");
        assertTrue(valleyScore > rumourScore, valleyScore + " vs " + rumourScore);
        float low = given().get("/api/v1/sources/" + rumour).then().extract().path("low");
        float high = given().get("/api/v1/sources/" + rumour).then().extract().path("high");
        assertTrue(low < rumourScore && rumourScore < high && high - low > 0.3f, "one article: a wide interval");

        List<String> ranked = given().get("/api/v1/sources?sort=score&order=desc&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        assertTrue(ranked.indexOf(valley) < ranked.indexOf(rumour));
        assertTrue(ranked.indexOf(coast) < ranked.indexOf(rumour));
    }

    @Test
    void historyKeepsEveryChangeOfBasis() {
        String source = TestArticles.uniqueSource("History Herald");
        String id = ingest(source, "https://herald.example/1-" + source.hashCode());
        ingest(source, "https://herald.example/2-" + source.hashCode());

        List<Integer> articles = given().get("/api/v1/sources/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getList("articles", Integer.class);
        assertEquals(List.of(1, 2), articles);
    }

    @Test
    void listsArePagedAndSorted() {
        String prefix = TestArticles.uniqueSource("Paging");
        for (int i = 0; i < 3; i++) {
            ingest(prefix + " " + i, "https://paging.example/" + i + "-" + prefix.hashCode());
        }
        int total = given().get("/api/v1/sources?size=1").then().statusCode(200)
                .body("items", hasSize(1)).body("page", equalTo(0)).body("size", equalTo(1))
                .extract().path("total");
        assertTrue(total >= 3, "total counts every source: " + total);

        List<String> names = given().get("/api/v1/sources?sort=name&order=asc&size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.source", String.class);
        List<String> sorted = names.stream().sorted().toList();
        assertEquals(sorted, names);
    }

    @Test
    void badListingParametersAreNamed() {
        given().get("/api/v1/sources?size=0").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/v1/sources?size=5000").then().statusCode(400).body("field", equalTo("size"));
        given().get("/api/v1/sources?page=-1").then().statusCode(400).body("field", equalTo("page"));
        given().get("/api/v1/sources?sort=color").then().statusCode(400).body("field", equalTo("sort"));
        given().get("/api/v1/sources?order=up").then().statusCode(400).body("field", equalTo("order"));
        given().get("/api/v1/sources?page=abc").then().statusCode(400).body("field", equalTo("page"));
    }

    @Test
    void unknownSourceIsA404() {
        given().get("/api/v1/sources/no-such-source").then().statusCode(404).body("status", equalTo(404));
        given().get("/api/v1/sources/no-such-source/history").then().statusCode(404);
    }
}
