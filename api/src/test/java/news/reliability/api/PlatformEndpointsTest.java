package news.reliability.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsUpWithTheDatabase() {
        given().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void openApiDescribesTheVersionedApi() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/articles"))
                .body(containsString("/api/v1/analyze"))
                .body(containsString("/api/v1/sources/{id}"));
    }

    @Test
    void theSourceEndpointIsDocumentedWithItsObjectsNotAsStoredText() {
        String ref = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths.'/api/v1/sources/{id}'.get.responses.'200'.content.'application/json'.schema.$ref");
        org.junit.jupiter.api.Assertions.assertEquals("#/components/schemas/SourceView", ref);
        given().queryParam("format", "json").get("/q/openapi")
                .then().body("components.schemas.SourceView.properties.evidence.type", org.hamcrest.Matchers.equalTo("array"));
    }

    @Test
    void metricsAreExposed() {
        given().get("/api/v1/sources").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/sources\""));
    }
}
