package dev.leadline.api.users;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** The change would leave the tenant without an active owner. */
class LastOwnerException extends ApiException {

	LastOwnerException() {
		super(HttpStatus.CONFLICT, "last-owner", "A tenant needs at least one owner",
				"This user is the tenant's last active owner: make someone else owner first.");
	}

}
