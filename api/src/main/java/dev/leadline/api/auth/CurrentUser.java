package dev.leadline.api.auth;

import dev.leadline.db.jooq.enums.UserRole;
import java.util.UUID;

/**
 * The signed-in user of a request, as the access token says.
 *
 * @param userId the user
 * @param tenantId their tenant: every query of the request is scoped to it
 * @param email login e-mail (for the audit log)
 * @param role role in the tenant
 * @param platformAdmin may administer all tenants
 * @param sessionId the token family (logout revokes it)
 */
public record CurrentUser(long userId, long tenantId, String email, UserRole role, boolean platformAdmin,
		UUID sessionId) {

	/** Owners and admins manage users and read the audit log. */
	public boolean managesTenant() {
		return role == UserRole.owner || role == UserRole.admin;
	}
}
