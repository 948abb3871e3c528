package dev.leadline.api.savedviews;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** The user already has a saved view of this name (names differing only in case too). */
class ViewNameTakenException extends ApiException {

	ViewNameTakenException(String name) {
		super(HttpStatus.CONFLICT, "view-name-taken", "View name already in use",
				"You already have a view named " + name + ".");
	}

}
