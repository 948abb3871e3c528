package dev.leadline.api.system.database;

import dev.leadline.db.ApplicationRole;
import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database this process uses: an external one, or the embedded server it started and
 * will stop.
 */
final class LeadlineDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LeadlineDatabase.class);

	/** The import's upsert reads {@code RETURNING old.*} (ADR 1). */
	static final int MINIMUM_POSTGRESQL = 18;

	private final DatabaseCoordinates coordinates;

	private final EmbeddedPostgresServer embedded;

	private LeadlineDatabase(DatabaseCoordinates coordinates, EmbeddedPostgresServer embedded) {
		this.coordinates = coordinates;
		this.embedded = embedded;
	}

	/**
	 * Connects to the configured database, or starts the embedded one under
	 * {@code dataDir/db}, and makes sure the application role exists.
	 * @throws dev.leadline.db.DataDirectoryLockedException when another process runs the
	 * embedded database
	 */
	static LeadlineDatabase open(DatabaseProperties properties, Path dataDir) throws IOException, SQLException {
		if (properties.external()) {
			DatabaseCoordinates coordinates = externalCoordinates(properties);
			ensureApplicationRole(coordinates, properties.appRoleManagedByLeadline());
			log.info("Using external PostgreSQL at {}", coordinates.jdbcUrl());
			return new LeadlineDatabase(coordinates, null);
		}
		Path directory = dataDir.resolve("db").toAbsolutePath().normalize();
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true, 0,
				properties.embeddedSharedBuffers());
		try {
			DatabaseCoordinates coordinates = server.provision("leadline");
			log.info("Embedded PostgreSQL 18 on port {}, data in {}", server.port(), directory);
			return new LeadlineDatabase(coordinates, server);
		}
		catch (SQLException | RuntimeException e) {
			server.close();
			throw e;
		}
	}

	private static DatabaseCoordinates externalCoordinates(DatabaseProperties p) {
		if (p.user() == null || p.user().isBlank()) {
			throw new IllegalStateException("LEADLINE_DB_USER is required with LEADLINE_DB_URL: "
					+ "the role that owns Leadline's schema and runs its migrations");
		}
		if (p.appRoleManagedByLeadline()) {
			return new DatabaseCoordinates(p.url(), p.user(), p.password(), ApplicationRole.DEFAULT_NAME,
					ApplicationRole.derivePassword(p.password() == null ? "" : p.password()));
		}
		if (p.appPassword() == null) {
			throw new IllegalStateException("LEADLINE_DB_APP_PASSWORD is required with LEADLINE_DB_APP_USER");
		}
		return new DatabaseCoordinates(p.url(), p.user(), p.password(), p.appUser(), p.appPassword());
	}

	private static void ensureApplicationRole(DatabaseCoordinates db, boolean managed) throws SQLException {
		try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
			int major = owner.getMetaData().getDatabaseMajorVersion();
			if (major < MINIMUM_POSTGRESQL) {
				throw new IllegalStateException("Leadline needs PostgreSQL " + MINIMUM_POSTGRESQL + " or newer; "
						+ db.jdbcUrl() + " runs " + owner.getMetaData().getDatabaseProductVersion()
						+ ". Upgrade it, or leave LEADLINE_DB_URL unset to use the embedded PostgreSQL 18.");
			}
			ApplicationRole.ensure(owner, db.appUser(), db.appPassword(), managed);
		}
		catch (SQLException e) {
			throw new SQLException("Cannot prepare the application role '" + db.appUser() + "' as '" + db.ownerUser()
					+ "': " + e.getMessage() + ". Either grant CREATEROLE to '" + db.ownerUser()
					+ "', or create a plain login role yourself and set LEADLINE_DB_APP_USER and "
					+ "LEADLINE_DB_APP_PASSWORD.", e.getSQLState(), e);
		}
	}

	public DatabaseCoordinates coordinates() {
		return coordinates;
	}

	@Override
	public void close() throws IOException {
		if (embedded != null) {
			log.info("Stopping embedded PostgreSQL");
			embedded.close();
		}
	}

}
