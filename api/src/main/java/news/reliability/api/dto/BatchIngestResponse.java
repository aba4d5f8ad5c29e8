package news.reliability.api.dto;

import java.util.List;

/** The answer to a batch {@code POST /articles}: one result per article, in request order. */
public record BatchIngestResponse(int created, int existing, List<IngestResult> results) {
}
