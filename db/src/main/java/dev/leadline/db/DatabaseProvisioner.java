package dev.leadline.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Sets up a Leadline database on a server where we hold a superuser connection (the
 * embedded server, or a throwaway test server): the owner role, the application role and
 * the database.
 */
public final class DatabaseProvisioner {

	public static final String OWNER_ROLE = "leadline_owner";

	private DatabaseProvisioner() {
	}

	/**
	 * Creates what is missing; idempotent.
	 * @param serverUrl JDBC URL of the server without a database, e.g.
	 * {@code jdbc:postgresql://localhost:5432/}
	 * @throws SQLException when the server refuses
	 */
	public static DatabaseCoordinates provision(Connection superuser, String serverUrl, String database,
			String ownerPassword) throws SQLException {
		String appPassword = ApplicationRole.derivePassword(ownerPassword);
		if (!exists(superuser, "SELECT 1 FROM pg_roles WHERE rolname = ?", OWNER_ROLE)) {
			ApplicationRole.execute(superuser, "CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS CREATEROLE", OWNER_ROLE);
		}
		ApplicationRole.execute(superuser, "ALTER ROLE %I PASSWORD %L", OWNER_ROLE, ownerPassword);
		ApplicationRole.ensure(superuser, ApplicationRole.DEFAULT_NAME, appPassword, true);
		if (!exists(superuser, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
			ApplicationRole.execute(superuser, "CREATE DATABASE %I OWNER %I ENCODING 'UTF8' TEMPLATE template0",
					database, OWNER_ROLE);
		}
		return new DatabaseCoordinates(serverUrl + database, OWNER_ROLE, ownerPassword, ApplicationRole.DEFAULT_NAME,
				appPassword);
	}

	private static boolean exists(Connection connection, String sql, String name) throws SQLException {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			ps.setString(1, name);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next();
			}
		}
	}

}
