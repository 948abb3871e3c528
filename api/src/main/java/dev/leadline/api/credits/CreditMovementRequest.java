package dev.leadline.api.credits;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A top-up or refund by a platform admin. */
public record CreditMovementRequest(
		@Schema(description = "top_up or refund") @NotNull @Pattern(regexp = "^(top_up|refund)$") String kind,
		@Schema(description = "Credits, positive") @NotNull @Positive @Max(1_000_000_000L) Long amount,
		@Schema(description = "The run a refund is for") @Positive Long runId, @Size(max = 500) String note) {
}
