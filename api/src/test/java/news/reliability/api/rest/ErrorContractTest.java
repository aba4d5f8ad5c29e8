package news.reliability.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import news.reliability.api.TestArticles;

/** Bad input gets a 4xx in the JSON error shape {@code {"status","error","message","field"}}, never a 5xx. */
@QuarkusTest
class ErrorContractTest {

    private static ValidatableResponse postJson(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles").then();
    }

    private static void assertError(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType(ContentType.JSON)
                .body("status", equalTo(status))
                .body("error", notNullValue())
                .body("message", notNullValue())
                .body("field", equalTo(field));
    }

    @Test
    void malformedJson() {
        assertError(postJson("{\"source\": \"A\", \"text\": "), 400, null);
        assertError(postJson("not json at all"), 400, null);
    }

    @Test
    void missingText() {
        assertError(postJson("{\"source\": \"A\"}"), 400, "text");
        assertError(postJson("{\"source\": \"A\", \"text\": \"   \"}"), 400, "text");
    }

    @Test
    void missingSource() {
        assertError(postJson("{\"text\": \"Some text.\"}"), 400, "source");
    }

    @Test
    void unknownField() {
        assertError(postJson("{\"source\": \"A\", \"text\": \"t\", \"author\": \"B\"}"), 400, "author");
    }

    @Test
    void wrongFieldType() {
        assertError(postJson("{\"source\": \"A\", \"text\": [\"t\"]}"), 400, "text");
    }

    @Test
    void badDate() {
        assertError(postJson("{\"source\": \"A\", \"text\": \"t\", \"publishedAt\": \"last week\"}"), 400,
                "publishedAt");
    }

    @Test
    void emptyBodyAndNonObjects() {
        assertError(postJson(""), 400, null);
        assertError(postJson("null"), 400, null);
        assertError(postJson("42"), 400, null);
        assertError(postJson("[]"), 400, null);
        assertError(postJson("[42]"), 400, "[0]");
    }

    @Test
    void binaryText() {
        assertError(postJson("{\"source\": \"A\", \"text\": \"\\u0000\\u0001\\u0002 data\"}"), 400, "text");
    }

    @Test
    void tooLargeBatch() {
        String item = "{\"source\":\"A\",\"text\":\"t\"}";
        String batch = "[" + String.join(",", java.util.Collections.nCopies(101, item)) + "]";
        assertError(postJson(batch), 400, null);
    }

    @Test
    void twentyMegabyteBody() {
        byte[] body = new byte[20 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        body[0] = '"';
        body[body.length - 1] = '"';
        assertError(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/articles").then(),
                413, null);
    }

    @Test
    void twentyMegabyteBodyStreamedWithoutLength() {
        byte[] body = new byte[20 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        assertError(given().contentType(ContentType.JSON).body(new ByteArrayInputStream(body))
                .when().post("/api/v1/analyze").then(), 413, null);
    }

    @Test
    void textLongerThanTheArticleLimit() {
        String text = "word ".repeat(1_100_000);
        assertError(given().contentType(ContentType.JSON).body(Map.of("source", "A", "text", text))
                .when().post("/api/v1/analyze").then(), 400, "text");
    }

    @Test
    void wrongContentType() {
        assertError(given().contentType(ContentType.TEXT).body("source: A").when().post("/api/v1/articles").then(),
                415, null);
        assertError(given().contentType(ContentType.XML).body("<a/>").when().post("/api/v1/analyze").then(),
                415, null);
    }

    @Test
    void wrongMethod() {
        assertError(given().when().delete("/api/v1/sources").then(), 405, null);
    }

    @Test
    void hostileButValidTextIsAnalysedNotRefused() {
        String hostile = "<script>alert(1)</script>\u202E\uFFFF" + "é".repeat(10_000) + "\n".repeat(1000);
        given().contentType(ContentType.JSON)
                .body(Map.of("source", TestArticles.uniqueSource("Hostile"), "text", hostile))
                .when().post("/api/v1/analyze")
                .then().statusCode(200);
    }
}
