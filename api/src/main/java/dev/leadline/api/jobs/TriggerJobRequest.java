package dev.leadline.api.jobs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * @param jobName a platform job, e.g. housekeepingJob
 * @param parameters its parameters, as strings
 */
record TriggerJobRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_.-]+$") String jobName,
		@Size(max = 50) Map<@Size(max = 100) String, @Size(max = 1000) String> parameters) {
}
