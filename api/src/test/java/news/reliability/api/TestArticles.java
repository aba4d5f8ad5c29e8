package news.reliability.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies shared by the API tests; each call makes a source name no other test uses. */
public final class TestArticles {

    private TestArticles() {
    }

    /** A unique source name, so that tests sharing one database never see each other's sources. */
    public static String uniqueSource(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A plain-text article with a URL. */
    public static Map<String, Object> article(String source, String url, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", source);
        body.put("url", url);
        body.put("title", "Harbour authority approves new ferry terminal");
        body.put("publishedAt", "2026-04-02T08:00:00Z");
        body.put("text", text);
        return body;
    }

    public static final String TEXT = """
            The harbour authority approved a new ferry terminal on Tuesday, its chair said.

            The terminal will cost about 140 million euros and open in 2029.
            """;
}
