package dev.leadline.api.users;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** An admin tried to grant, change or remove ownership: only owners may. */
class RoleNotAllowedException extends ApiException {

	RoleNotAllowedException(String detail) {
		super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
	}

}
