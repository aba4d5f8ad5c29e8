package news.reliability.api.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.reliability.api.dto.Page;
import news.reliability.api.dto.StorySummary;
import news.reliability.api.dto.StoryView;
import news.reliability.api.error.ApiException;
import news.reliability.api.service.StoryQueryService;

/** {@code /api/v1/stories}: stories with each fact as every source reported it. */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stories")
public class StoryResource {

    @Inject
    StoryQueryService stories;

    @GET
    @Operation(summary = "Stories, most recent first, paged")
    public Page<StorySummary> list(@QueryParam("page") @DefaultValue("0") String page,
                                   @QueryParam("size") @DefaultValue("20") String size) {
        int pageNumber = QueryParams.integer(page, "page");
        int pageSize = QueryParams.integer(size, "size");
        QueryParams.checkPage(pageNumber, pageSize);
        return stories.list(pageNumber, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A story's claim groups: each source's value, the consensus and the conflicts")
    public StoryView get(@PathParam("id") String id) {
        long storyId;
        try {
            storyId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no story with id " + id);
        }
        return stories.find(storyId).orElseThrow(() -> ApiException.notFound("no story with id " + id));
    }
}
