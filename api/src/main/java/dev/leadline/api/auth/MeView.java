package dev.leadline.api.auth;

import dev.leadline.db.jooq.enums.UserRole;

/** The signed-in user and their tenant. */
public record MeView(long id, String email, String displayName, UserRole role, boolean platformAdmin,
		TenantSummaryView tenant) {
}
