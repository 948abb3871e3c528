package dev.leadline.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The one Flyway configuration, shared by the application, the jOOQ generator and the
 * tests.
 */
public final class LeadlineMigrations {

	public static final String LOCATION = "classpath:db/migration";

	private LeadlineMigrations() {
	}

	public static FluentConfiguration configure(FluentConfiguration configuration, String appRole) {
		return configuration.locations(LOCATION)
			.placeholders(Map.of("appRole", appRole))
			.validateMigrationNaming(true)
			.cleanDisabled(true);
	}

	/**
	 * Makes sure the application role exists, then migrates the schema as the owner.
	 * @param manageAppRole true when Leadline chose the application role's password
	 * itself (see {@link ApplicationRole#derivePassword}) and may set it
	 * @throws SQLException when the owner cannot connect or may not create the
	 * application role
	 */
	public static void migrate(DatabaseCoordinates db, boolean manageAppRole) throws SQLException {
		migrate(db, manageAppRole, LOCATION);
	}

	/**
	 * As {@link #migrate(DatabaseCoordinates, boolean)}, from other locations (the jOOQ
	 * generator reads files).
	 */
	public static void migrate(DatabaseCoordinates db, boolean manageAppRole, String... locations) throws SQLException {
		try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
			ApplicationRole.ensure(owner, db.appUser(), db.appPassword(), manageAppRole);
		}
		configure(Flyway.configure(), db.appUser()).locations(locations)
			.dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())
			.load()
			.migrate();
	}

}
