package dev.leadline.api.tenants;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** Another tenant already has this slug. */
class SlugTakenException extends ApiException {

	SlugTakenException(String slug) {
		super(HttpStatus.CONFLICT, "slug-taken", "Slug already in use",
				"A tenant with the slug '" + slug + "' already exists.");
	}

}
