package dev.leadline.api.users;

import dev.leadline.api.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "users")
class UserController {

	private final UserQueries queries;

	private final UserService users;

	UserController(UserQueries queries, UserService users) {
		this.queries = queries;
		this.users = users;
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "Users of the tenant, by id (owners and admins)")
	UserPage list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) @Size(max = 64) String cursor) {
		return queries.page(user.tenantId(), limit, cursor);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a user in the tenant (only owners create owners)")
	ResponseEntity<UserView> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CreateUserRequest request) {
		UserView created = users.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a user's name, role or disabled flag; the tenant keeps at least one owner")
	UserView update(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@Valid @RequestBody UpdateUserRequest request) {
		return users.update(user, id, request);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a user; the tenant keeps at least one owner")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		users.delete(user, id);
		return ResponseEntity.noContent().build();
	}

}
