package dev.leadline.api.audit;

import dev.leadline.api.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "audit")
class AuditController {

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('OWNER', 'ADMIN')")
	@Operation(summary = "The tenant's audit log, newest first (owners and admins)")
	AuditPage list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = "^[a-z_.]*$") String action,
			@RequestParam(required = false) @Positive Long actorId, @RequestParam(required = false) OffsetDateTime from,
			@RequestParam(required = false) OffsetDateTime to,
			@Parameter(
					description = "Only events about this kind of target (contact, company, import, job, user, ...)") @RequestParam(
							required = false) @Size(max = 50) @Pattern(regexp = "^[a-z_]*$") String targetType,
			@Parameter(description = "Only events about this target (with targetType)") @RequestParam(
					required = false) @Size(max = 100) String targetId,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return queries.page(user.tenantId(), new AuditQueries.Filter(action, actorId, from, to, targetType, targetId),
				limit, cursor);
	}

}
