package dev.leadline.api.enrichment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;

/** Resume a stopped or failed run, optionally with a higher budget. */
public record ResumeRequest(
		@Schema(description = "A new budget, higher than what the run has spent") @Positive Long budget) {
}
