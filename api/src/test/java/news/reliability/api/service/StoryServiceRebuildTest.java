package news.reliability.api.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


/**
 * The story grouping kept in memory is rebuilt from the stored articles after it is lost (a restart or a
 * rolled-back transaction): an article arriving afterwards still joins the story stored before.
 */
@QuarkusTest
class StoryServiceRebuildTest {

    @Inject
    StoryService stories;

    private static String ingest(String source, String url, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "url", url, "publishedAt", "2026-07-14T09:00:00Z",
                        "title", "Tram contract", "text", text))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
    }

    /** The articles of the stored story that holds {@code articleId}. */
    private static List<String> storyWith(String articleId) {
        List<Long> ids = given().get("/api/v1/stories?size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        return ids.stream()
                .map(id -> given().get("/api/v1/stories/" + id).then().statusCode(200).extract().jsonPath()
                        .getList("articles", String.class))
                .filter(articles -> articles.contains(articleId))
                .findFirst().orElseThrow(() -> new AssertionError("no story holds " + articleId));
    }

    @Test
    void anArticleAfterTheStateIsLostJoinsTheStoredStory() {
        // four letters (a-p), one per hex digit: a UUID need not hold four letters of its own
        String hex = UUID.randomUUID().toString();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        String tag = letters.toString();
        String maker = "Velk" + tag + " Rail";
        String city = "Ostrava" + tag;
        String text = maker + " won a contract worth €410 million to build 40 trams for " + city
                + " on Tuesday, the city council said. " + maker + " will deliver the first trams in 2029.";
        String first = ingest("Rebuild Ledger " + tag, "https://ledger.example/tram-" + tag, text);

        stories.forget();

        String second = ingest("Rebuild Wire " + tag, "https://wire.example/tram-" + tag,
                text.replace("on Tuesday", "this week"));
        List<String> story = storyWith(first);
        assertEquals(2, story.size(), story.toString());
        assertTrue(story.contains(second), story.toString());
    }
}
