package dev.leadline.db;

/** The configured application role is a superuser or bypasses row level security. */
public class UnsafeApplicationRoleException extends IllegalStateException {

	public UnsafeApplicationRoleException(String role) {
		super("Database role '" + role + "' is a superuser or has BYPASSRLS; Leadline refuses to run as it. "
				+ "Use a plain login role (ALTER ROLE " + role + " NOSUPERUSER NOBYPASSRLS).");
	}

}
