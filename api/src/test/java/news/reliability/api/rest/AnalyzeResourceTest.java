package news.reliability.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import news.reliability.api.TestArticles;
import news.reliability.core.model.Source;

@QuarkusTest
class AnalyzeResourceTest {

    @Test
    void analysesABatchWithoutStoringIt() {
        String first = TestArticles.uniqueSource("Ashford Ledger");
        String second = TestArticles.uniqueSource("Calder Times");
        List<Map<String, Object>> batch = List.of(
                Map.of("source", first, "text", TestArticles.TEXT),
                Map.of("source", second, "text", "Another report.\n\nWith two paragraphs."),
                Map.of("source", first, "html", "<p>A third, as <b>HTML</b>.</p>"));

        given().contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/analyze")
                .then().statusCode(200)
                .body("$", hasKey("modelVersions"))
                .body("modelVersions", hasKey("boilerplate"))
                .body("modelVersions", hasKey("stance"))
                .body("modelVersions", hasKey("quality"))
                .body("articles", hasSize(3))
                .body("articles[1].source", equalTo(second))
                .body("sources", hasSize(2))
                .body("sources.find { it.source == '" + first + "' }.articles", equalTo(2))
                .body("stories.articles.flatten()", hasSize(3));

        given().get("/api/v1/sources/" + new Source(first).id()).then().statusCode(404);
    }

    @Test
    void analysesOneArticle() {
        var source = given().contentType(ContentType.JSON)
                .body(Map.of("source", TestArticles.uniqueSource("Northfield Gazette"), "text", TestArticles.TEXT))
                .when().post("/api/v1/analyze")
                .then().statusCode(200)
                .body("articles", hasSize(1))
                .body("sources", hasSize(1))
                .extract().jsonPath();
        // One article and nothing checked against other outlets: a wide interval, not a confident verdict.
        float low = source.getFloat("sources[0].low");
        float high = source.getFloat("sources[0].high");
        org.junit.jupiter.api.Assertions.assertTrue(high - low > 0.6f, "interval [" + low + ", " + high + "]");
    }
}
