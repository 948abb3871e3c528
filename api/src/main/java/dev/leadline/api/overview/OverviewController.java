package dev.leadline.api.overview;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.database.ReplicaRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/overview", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "overview")
class OverviewController {

	private final OverviewQueries queries;

	OverviewController(OverviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@ReplicaRead
	@Operation(summary = "The tenant at a glance: contacts and companies created, imports and job outcomes per day "
			+ "(UTC, the last `days` days), and how complete its contacts are")
	OverviewView overview(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "30") @Min(1) @Max(365) int days) {
		return queries.overview(user.tenantId(), days);
	}

}
