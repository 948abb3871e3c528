package dev.leadline.api.users;

import dev.leadline.db.jooq.enums.UserRole;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields to change; absent fields stay as they are. */
record UpdateUserRequest(
		@Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String displayName,
		UserRole role, Boolean disabled) {
}
