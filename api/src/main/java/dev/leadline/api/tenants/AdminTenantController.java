package dev.leadline.api.tenants;

import dev.leadline.api.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/admin/tenants", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('PLATFORM_ADMIN')")
@Tag(name = "admin")
class AdminTenantController {

	private final TenantAdministration tenants;

	AdminTenantController(TenantAdministration tenants) {
		this.tenants = tenants;
	}

	@GetMapping
	@Operation(summary = "All tenants (platform admins)")
	TenantPage list(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return tenants.page(limit, cursor);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a tenant with its first owner (platform admins)")
	ResponseEntity<TenantView> create(@AuthenticationPrincipal CurrentUser admin,
			@Valid @RequestBody CreateTenantRequest request) {
		TenantView created = tenants.create(admin, request);
		return ResponseEntity.created(URI.create("/api/v1/admin/tenants/" + created.id())).body(created);
	}

}
