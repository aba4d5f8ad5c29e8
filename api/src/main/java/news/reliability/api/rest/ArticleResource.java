package news.reliability.api.rest;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.reliability.api.dto.BatchIngestResponse;
import news.reliability.api.dto.IngestResult;
import news.reliability.api.error.ApiException;
import news.reliability.api.service.ArticleService;
import news.reliability.core.model.Article;
import news.reliability.core.report.ArticleReport;

/** {@code /api/v1/articles}: ingest articles and read their analysis. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticleResource {

    @Inject
    ArticleInputs inputs;

    @Inject
    ArticleService articles;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest and analyse one article or a batch",
            description = "One article object answers with its analysis (201 when stored, 200 when it was "
                    + "already stored: idempotent on url, else on source and content). An array of up to 100 "
                    + "answers with one result per article; the batch is stored whole or not at all.")
    public Response ingest(JsonNode body) {
        List<Article> batch = inputs.read(body);
        List<IngestResult> results = articles.ingest(batch);
        if (body.isObject()) {
            IngestResult result = results.getFirst();
            return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                    .location(URI.create("/api/v1/articles/" + result.article().id()))
                    .entity(result.article())
                    .build();
        }
        int created = (int) results.stream().filter(IngestResult::created).count();
        return Response.ok(new BatchIngestResponse(created, results.size() - created, results)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article's analysis")
    public ArticleReport get(@PathParam("id") String id) {
        return articles.find(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
    }
}
