package news.reliability.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.reliability.core.report.AnalysisReport;
import news.reliability.scoring.Analyzer;

/** {@code /api/v1/analyze}: the analysis without storing anything, for moderation tools. */
@Path("/api/v1/analyze")
@Tag(name = "analyze")
public class AnalyzeResource {

    @Inject
    ArticleInputs inputs;

    @Inject
    Analyzer analyzer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse one article or a batch without storing it",
            description = "Answers with the analysis report of the SPEC: model versions, sources, articles, stories.")
    public AnalysisReport analyze(JsonNode body) {
        return analyzer.analyze(inputs.read(body));
    }
}
