package dev.leadline.db.testing;

import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.DatabaseProvisioner;
import dev.leadline.db.EmbeddedPostgresServer;
import dev.leadline.db.LeadlineMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One migrated PostgreSQL database per test JVM, in this order of preference:
 * {@code LEADLINE_TEST_DB_URL} (a server where {@code LEADLINE_TEST_DB_USER} may create
 * roles and databases), a Testcontainers PostgreSQL 18 where Docker runs, else embedded
 * PostgreSQL 18. Each JVM gets a database of its own, so test modules never see each
 * other's rows.
 */
public final class TestDatabase {

	private static final String TEST_OWNER_PASSWORD = "leadline-test";

	private static DatabaseCoordinates coordinates;

	private static String source;

	private TestDatabase() {
	}

	public static synchronized DatabaseCoordinates coordinates() {
		if (coordinates == null) {
			try {
				coordinates = start("leadline_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
				LeadlineMigrations.migrate(coordinates, false);
			}
			catch (Exception e) {
				throw new IllegalStateException("Could not start the test database", e);
			}
		}
		return coordinates;
	}

	/** Where the test database runs: "external", "testcontainers" or "embedded". */
	public static synchronized String source() {
		coordinates();
		return source;
	}

	/** A connection as the application role: what the running product uses. */
	public static Connection appConnection() throws SQLException {
		DatabaseCoordinates db = coordinates();
		return DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
	}

	/**
	 * A connection as the application role in the system scope: every tenant's rows, for
	 * test set-up.
	 */
	public static Connection systemConnection() throws SQLException {
		Connection connection = appConnection();
		try (var statement = connection.createStatement()) {
			statement.execute("SELECT set_config('leadline.system', 'on', false)");
		}
		return connection;
	}

	/**
	 * A connection as the schema owner, for test set-up that the application role may not
	 * do.
	 */
	public static Connection ownerConnection() throws SQLException {
		DatabaseCoordinates db = coordinates();
		return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
	}

	private static DatabaseCoordinates start(String database) throws Exception {
		String externalUrl = System.getenv("LEADLINE_TEST_DB_URL");
		if (externalUrl != null && !externalUrl.isBlank()) {
			source = "external";
			return provision(externalUrl, System.getenv("LEADLINE_TEST_DB_USER"),
					System.getenv("LEADLINE_TEST_DB_PASSWORD"), database);
		}
		if (dockerAvailable()) {
			source = "testcontainers";
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
			container.start();
			return provision(container.getJdbcUrl(), container.getUsername(), container.getPassword(), database);
		}
		source = "embedded";
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Files.createTempDirectory("leadline-test-pg"),
				false);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			}
			catch (Exception ignored) {
				// The JVM is going away; the temporary cluster goes with it.
			}
		}));
		return server.provision(database);
	}

	private static boolean dockerAvailable() {
		boolean hinted = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
		return hinted && DockerClientFactory.instance().isDockerAvailable();
	}

	private static DatabaseCoordinates provision(String url, String user, String password, String database)
			throws SQLException {
		String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
		try (Connection admin = DriverManager.getConnection(url, user, password)) {
			DatabaseCoordinates db = DatabaseProvisioner.provision(admin, serverUrl, database, TEST_OWNER_PASSWORD);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(url, user, password, database)));
			return db;
		}
	}

	private static void dropQuietly(String url, String user, String password, String database) {
		try (Connection admin = DriverManager.getConnection(url, user, password);
				var statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
		}
		catch (SQLException ignored) {
			// Best effort: a leftover test database is harmless and uniquely named.
		}
	}

}
