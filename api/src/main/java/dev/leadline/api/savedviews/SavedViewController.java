package dev.leadline.api.savedviews;

import dev.leadline.api.auth.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/contact-views", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "contact-views")
class SavedViewController {

	private final SavedViews views;

	SavedViewController(SavedViews views) {
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "The caller's saved views of the contacts table, by name")
	SavedViewList list(@AuthenticationPrincipal CurrentUser user) {
		return new SavedViewList(views.list(user));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a view (filters, order, columns) under a name; 409 when the caller has a view of "
			+ "that name")
	ResponseEntity<SavedView> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody SavedViewRequest request) {
		SavedView created = views.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/contact-views/" + created.id())).body(created);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Rename a saved view or overwrite its filters, order or columns (absent fields stay)")
	SavedView update(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id,
			@Valid @RequestBody SavedViewPatch patch) {
		return views.update(user, id, patch);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a saved view")
	ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable @Positive long id) {
		views.delete(user, id);
		return ResponseEntity.noContent().build();
	}

}
