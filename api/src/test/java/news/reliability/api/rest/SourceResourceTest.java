package news.reliability.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
