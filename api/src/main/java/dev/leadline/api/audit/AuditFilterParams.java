package dev.leadline.api.audit;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the audit log and its export; parameters combine with AND. */
record AuditFilterParams(
		@Parameter(description = "One action, e.g. import.started (GET /api/v1/audit/facets lists them)") @Size(
				max = 100) @Pattern(regexp = "^[a-z_.]*$") String action,
		@Parameter(description = "Only what this user did") @Positive Long actorId,
		@Parameter(description = "At or after (ISO-8601 instant)") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
		@Parameter(description = "Before (ISO-8601 instant)") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
		@Parameter(description = "Only events about this kind of target (contact, company, contact_import, job_run, "
				+ "report, user, ...)") @Size(max = 50) @Pattern(regexp = "^[a-z_]*$") String targetType,
		@Parameter(description = "Only events about this target (with targetType)") @Size(max = 100) String targetId) {

	AuditQueries.Filter toFilter() {
		return new AuditQueries.Filter(action, actorId, from, to, targetType, targetId);
	}

}
