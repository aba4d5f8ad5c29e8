package news.reliability.api.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.reliability.api.error.ApiException;
import news.reliability.core.model.Article;
import news.reliability.core.model.ArticleInput;
import news.reliability.core.model.InvalidArticleException;

/**
 * Reads the body of {@code POST /articles} and {@code POST /analyze}: one article object, or an array of at
 * most {@value #MAX_BATCH} of them. Every article is validated before any is used, and an error names the
 * offending field with its index in a batch ({@code [3].text}).
 */
@ApplicationScoped
public class ArticleInputs {

    /** Most articles in one request. */
    public static final int MAX_BATCH = 100;

    @Inject
    ObjectMapper json;

    /** The articles of a request body. */
    public List<Article> read(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ApiException.badRequest("request body is required: an article object or an array of them", null);
        }
        if (body.isObject()) {
            return List.of(read(body, ""));
        }
        if (!body.isArray()) {
            throw ApiException.badRequest("expected an article object or an array of them", null);
        }
        if (body.isEmpty()) {
            throw ApiException.badRequest("the batch is empty", null);
        }
        if (body.size() > MAX_BATCH) {
            throw ApiException.badRequest("a batch holds at most " + MAX_BATCH + " articles, got " + body.size(),
                    null);
        }
        List<Article> articles = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            if (!item.isObject()) {
                throw ApiException.badRequest("expected an article object", "[" + i + "]");
            }
            articles.add(read(item, "[" + i + "]."));
        }
        return articles;
    }

    private Article read(JsonNode node, String prefix) {
        ArticleInput input;
        try {
            input = json.treeToValue(node, ArticleInput.class);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field \"" + e.getPropertyName() + "\"",
                    prefix + e.getPropertyName());
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    && !mapping.getPath().isEmpty() ? mapping.getPath().getFirst().getFieldName() : null;
            throw ApiException.badRequest("invalid article: " + e.getOriginalMessage(),
                    field == null ? null : prefix + field);
        }
        try {
            return input.toArticle();
        } catch (InvalidArticleException e) {
            throw ApiException.badRequest(e.getMessage(), prefix + e.field());
        }
    }
}
