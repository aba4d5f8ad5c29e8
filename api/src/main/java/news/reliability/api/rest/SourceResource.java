package news.reliability.api.rest;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.reliability.api.dto.Page;
import news.reliability.api.dto.ScoreHistoryEntry;
import news.reliability.api.dto.SourceSummary;
import news.reliability.api.dto.SourceView;
import news.reliability.api.dto.StoredSourceView;
import news.reliability.api.error.ApiException;
import news.reliability.api.service.SourceService;

/** {@code /api/v1/sources}: sources with their reliability scores. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources")
public class SourceResource {

    @Inject
    SourceService sources;

    @GET
    @Operation(summary = "Sources, paged and sorted (score, name, articles or id; asc or desc)")
    public Page<SourceSummary> list(@QueryParam("page") @DefaultValue("0") String pageParam,
                                    @QueryParam("size") @DefaultValue("20") String sizeParam,
                                    @QueryParam("sort") @DefaultValue("score") String sort,
                                    @QueryParam("order") @DefaultValue("desc") String order) {
        int page = QueryParams.integer(pageParam, "page");
        int size = QueryParams.integer(sizeParam, "size");
        QueryParams.checkPage(page, size);
        String sortKey = sort.toLowerCase(Locale.ROOT);
        if (!SourceService.SORT_FIELDS.containsKey(sortKey)) {
            throw ApiException.badRequest("sort must be one of " + SourceService.SORT_FIELDS.keySet(), "sort");
        }
        String direction = order.toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ApiException.badRequest("order must be asc or desc", "order");
        }
        return sources.list(page, size, sortKey, direction.equals("desc"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A source's score, interval, signals, evidence and model versions")
    @APIResponse(responseCode = "200", description = "The source",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    public StoredSourceView get(@PathParam("id") String id) {
        return sources.find(id).orElseThrow(() -> ApiException.notFound("no source with id " + id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every score the source has had, oldest first")
    public List<ScoreHistoryEntry> history(@PathParam("id") String id) {
        return sources.history(id).orElseThrow(() -> ApiException.notFound("no source with id " + id));
    }
}
