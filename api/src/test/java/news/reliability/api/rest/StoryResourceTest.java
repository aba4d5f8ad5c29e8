package news.reliability.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import news.reliability.core.model.Source;

/** Stored articles about one event form a story whose claim groups show agreement and conflict. */
@QuarkusTest
class StoryResourceTest {

    private static String ingest(String source, String url, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "url", url, "publishedAt", "2026-06-02T08:00:00Z",
                        "title", "Ferry order", "text", text))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    @Test
    void threeOutletsAgreeAndOneConflictsOnTheOrderValue() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // Invented company names made unique per run so that this story never joins another test's story.
        String buyer = "Qor" + tag.replaceAll("[^a-z]", "x") + " Marine";
        String yard = "Brennholt " + tag.replaceAll("[^a-z]", "y").toUpperCase().charAt(0) + "ards";
        String agree = buyer + " signed a contract worth €300 million with " + yard
                + " for twelve electric ferries on Monday, the company said. " + buyer
                + " expects the first ferries in 2028.";
        String conflict = buyer + " signed a contract worth €3 billion with " + yard
                + " for twelve electric ferries on Monday, the company said.";
        List<String> sources = List.of("Story Ledger " + tag, "Story Wire " + tag, "Story Times " + tag,
                "Story Buzz " + tag);
        String first = ingest(sources.get(0), "https://ledger.example/" + tag, agree);
        ingest(sources.get(1), "https://wire.example/" + tag, agree.replace("on Monday", "this week"));
        ingest(sources.get(2), "https://times.example/" + tag, "On Monday " + agree);
        ingest(sources.get(3), "https://buzz.example/" + tag, conflict);

        JsonPath list = given().get("/api/v1/stories?size=200").then().statusCode(200)
                .body("total", greaterThan(0)).extract().jsonPath();
        long storyId = list.getList("items.id", Long.class).stream()
                .filter(id -> given().get("/api/v1/stories/" + id).then().extract().jsonPath()
                        .getList("articles", String.class).contains(first))
                .findFirst().orElseThrow();

        JsonPath story = given().get("/api/v1/stories/" + storyId).then().statusCode(200)
                .body("articles", hasSize(4))
                .body("title", equalTo("Ferry order"))
                .extract().jsonPath();
        List<Map<String, Object>> groups = story.getList("claimGroups");
        Map<String, Object> deal = groups.stream().filter(g -> "deal value".equals(g.get("attribute")))
                .findFirst().orElseThrow(() -> new AssertionError("no deal value group in " + groups));
        @SuppressWarnings("unchecked")
        Map<String, Object> consensus = (Map<String, Object>) deal.get("consensus");
        assertNotNull(consensus);
        assertEquals(3.0e8, ((Number) consensus.get("value")).doubleValue());
        assertEquals("EUR", consensus.get("unit"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) deal.get("conflicts");
        assertEquals(1, conflicts.size());
        assertEquals(sources.get(3), conflicts.getFirst().get("source"));
        assertEquals("value", conflicts.getFirst().get("reason"));

        // The verdicts reach the sources' scores and their evidence.
        String agreeing = new Source(sources.get(0)).id();
        String deviating = new Source(sources.get(3)).id();
        float agreeingScore = given().get("/api/v1/sources/" + agreeing).then().statusCode(200)
                .body("evidence.kind", hasItem("corroborated")).extract().path("score");
        float deviatingScore = given().get("/api/v1/sources/" + deviating).then().statusCode(200)
                .body("evidence.kind", hasItem("contradicted")).extract().path("score");
        assertTrue(agreeingScore > deviatingScore, agreeingScore + " vs " + deviatingScore);
        given().get("/api/v1/sources/" + agreeing + "/history").then().statusCode(200)
                .body("size()", greaterThan(1));
    }

    @Test
    void unknownOrMalformedStoryIdsAre404AndBadPagingIs400() {
        given().get("/api/v1/stories/999999999").then().statusCode(404).body("status", equalTo(404));
        given().get("/api/v1/stories/abc").then().statusCode(404).body("status", equalTo(404));
        given().get("/api/v1/stories?size=0").then().statusCode(400).body("field", equalTo("size"));
    }
}
