package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a run works on, for people: the import's file, the enrichment run's stage, the
 * report.
 */
public record JobSubjectView(@Schema(allowableValues = {
		"import", "enrichment", "report" }) String type,
		@Schema(description = "The import's, enrichment run's or report's id") long id,
		@Schema(description = "The file name, the stage, or the number of companies") String label){
}
