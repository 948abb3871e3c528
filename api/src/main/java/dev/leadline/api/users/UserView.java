package dev.leadline.api.users;

import dev.leadline.db.jooq.enums.UserRole;
import java.time.OffsetDateTime;

/** A user of the tenant. */
public record UserView(long id, String email, String displayName, UserRole role, boolean disabled,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
