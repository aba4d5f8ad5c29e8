package news.reliability.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import news.reliability.api.TestArticles;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void storesAnArticleAndAnswersWithItsAnalysis() {
        String source = TestArticles.uniqueSource("Harbour Courier");
        String id = given().contentType(ContentType.JSON)
                .body(TestArticles.article(source, "https://courier.example/" + source.hashCode(), TestArticles.TEXT))
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/articles/a"))
                .body("source", equalTo(source))
                .body("title", equalTo("Harbour authority approves new ferry terminal"))
                .body("publishedAt", equalTo("2026-04-02T08:00:00Z"))
                .body("boilerplate", hasSize(0))
                .body("quality.flags", hasSize(0))
                .body("claims", notNullValue())
                .extract().path("id");

        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("source", equalTo(source))
                .body("quality.score", notNullValue());
    }

    @Test
    void ingestingTheSameUrlAgainChangesNothing() {
        String source = TestArticles.uniqueSource("Meridian Wire");
        String url = "https://wire.example/" + source.hashCode();
        String first = given().contentType(ContentType.JSON)
                .body(TestArticles.article(source, url, TestArticles.TEXT))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        String second = given().contentType(ContentType.JSON)
                .body(TestArticles.article(source, url, TestArticles.TEXT + "\nAn edit."))
                .post("/api/v1/articles").then().statusCode(200).extract().path("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, second);

        given().get("/api/v1/sources/" + new news.reliability.core.model.Source(source).id())
                .then().statusCode(200).body("articles", equalTo(1));
    }

    @Test
    void withoutUrlTheSameSourceAndContentIsTheSameArticle() {
        String source = TestArticles.uniqueSource("Lantern Post");
        Map<String, Object> body = Map.of("source", source, "text", TestArticles.TEXT);
        String first = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/articles").then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void storesABatchWhole() {
        String source = TestArticles.uniqueSource("Granite Times");
        List<Map<String, Object>> batch = List.of(
                TestArticles.article(source, "https://granite.example/1-" + source.hashCode(), TestArticles.TEXT),
                TestArticles.article(source, "https://granite.example/2-" + source.hashCode(), "Second story."),
                Map.of("source", source, "html", "<html><head><title>Page title</title></head>"
                        + "<body><p>Third, as a page.</p></body></html>"));
        given().contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/articles")
                .then().statusCode(200)
                .body("created", equalTo(3))
                .body("existing", equalTo(0))
                .body("results", hasSize(3))
                .body("results[2].article.title", equalTo("Page title"));

        given().get("/api/v1/sources/" + new news.reliability.core.model.Source(source).id())
                .then().statusCode(200).body("articles", equalTo(3));
    }

    @Test
    void aBatchWithOneBadArticleStoresNothing() {
        String source = TestArticles.uniqueSource("Coastline Daily");
        List<Map<String, Object>> batch = List.of(
                TestArticles.article(source, "https://coast.example/" + source.hashCode(), TestArticles.TEXT),
                Map.of("source", source));
        given().contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .body("field", equalTo("[1].text"));

        given().get("/api/v1/sources/" + new news.reliability.core.model.Source(source).id())
                .then().statusCode(404);
    }

    @Test
    void unknownArticleIsA404InTheErrorShape() {
        given().get("/api/v1/articles/a000000000000000")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("status", equalTo(404))
                .body("error", equalTo("Not Found"))
                .body("message", notNullValue());
    }
}
