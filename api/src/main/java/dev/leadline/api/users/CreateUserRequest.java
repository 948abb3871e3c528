package dev.leadline.api.users;

import dev.leadline.db.jooq.enums.UserRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new user of the caller's tenant; the tenant comes from the caller's token, never from
 * the body.
 */
record CreateUserRequest(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String displayName,
		@NotNull @Size(min = 12, max = 200) String password, @NotNull UserRole role) {
}
