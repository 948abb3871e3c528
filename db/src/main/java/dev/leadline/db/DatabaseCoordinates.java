package dev.leadline.db;

import java.util.Objects;

/**
 * Where Leadline's database is and who connects to it. Migrations run as the owner;
 * everything else runs as the application role, which owns nothing and cannot bypass row
 * level security.
 *
 * @param jdbcUrl JDBC URL of the Leadline database
 * @param ownerUser role that owns the schema and runs migrations
 * @param ownerPassword its password (may be empty where the server trusts local
 * connections)
 * @param appUser role the running application connects as
 * @param appPassword its password
 */
public record DatabaseCoordinates(String jdbcUrl, String ownerUser, String ownerPassword, String appUser,
		String appPassword) {

	public DatabaseCoordinates {
		Objects.requireNonNull(jdbcUrl, "jdbcUrl");
		Objects.requireNonNull(ownerUser, "ownerUser");
		Objects.requireNonNull(appUser, "appUser");
		ownerPassword = ownerPassword == null ? "" : ownerPassword;
		appPassword = appPassword == null ? "" : appPassword;
		if (ownerUser.equals(appUser)) {
			throw new IllegalArgumentException("The application role must differ from the owner role '" + ownerUser
					+ "': the runtime may not own the tables it reads");
		}
	}

	@Override
	public String toString() {
		return "DatabaseCoordinates[" + jdbcUrl + ", owner=" + ownerUser + ", app=" + appUser + "]";
	}
}
