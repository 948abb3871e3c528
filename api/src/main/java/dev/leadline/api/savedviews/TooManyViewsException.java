package dev.leadline.api.savedviews;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** The user has as many saved views as one may keep. */
class TooManyViewsException extends ApiException {

	TooManyViewsException(int limit) {
		super(HttpStatus.CONFLICT, "too-many-views", "Too many saved views",
				"You have " + limit + " saved views, the most one may keep: delete one first.");
	}

}
