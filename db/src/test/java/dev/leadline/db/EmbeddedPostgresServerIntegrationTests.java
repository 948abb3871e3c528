package dev.leadline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void dataSurvivesARestartOnTheSameDirectory() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true)) {
			DatabaseCoordinates db = server.provision("leadline");
			LeadlineMigrations.migrate(db, false);
			execute(db, "INSERT INTO tenant (slug, name) VALUES ('kept', 'Kept across restarts')");
		}

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true)) {
			DatabaseCoordinates db = server.provision("leadline");
			LeadlineMigrations.migrate(db, false);
			assertThat(queryString(db, "SELECT name FROM tenant WHERE slug = 'kept'"))
				.isEqualTo("Kept across restarts");
		}
	}

	@Test
	void theServerRunsWithItsMemorySettings() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, false, 0, "256MB")) {
			DatabaseCoordinates db = server.provision("leadline");
			assertThat(queryString(db, "SHOW shared_buffers")).isEqualTo("256MB");
		}
	}

	@Test
	void aSecondServerOnALockedDirectoryIsRefusedWithAClearMessage() throws Exception {
		try (EmbeddedPostgresServer ignored = EmbeddedPostgresServer.start(directory, false)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, false))
				.isInstanceOf(DataDirectoryLockedException.class)
				.hasMessageContaining(directory.toString())
				.hasMessageContaining("in use by another Leadline process");
		}
	}

	@Test
	void aDirectoryLockedByAnotherProcessIsRefused() throws Exception {
		Process child = startChild();
		try {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, false))
				.isInstanceOf(DataDirectoryLockedException.class);
		}
		finally {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aServerLeftRunningByAKilledProcessIsStoppedAndTheDataIsKept() throws Exception {
		Process child = startChild();
		// kill -9: no shutdown hook runs, the postmaster outlives its JVM.
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true)) {
			DatabaseCoordinates db = server.provision("leadline");
			assertThat(queryString(db, "SELECT name FROM tenant WHERE slug = 'child'")).isEqualTo("Written by child");
		}
	}

	private Process startChild() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresServerChild.class.getName(),
				directory.toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null) {
			if (line.equals(EmbeddedPostgresServerChild.READY)) {
				return child;
			}
		}
		throw new AssertionError("child process ended before its server was ready, exit " + child.waitFor());
	}

	private static void execute(DatabaseCoordinates db, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
				Statement st = c.createStatement()) {
			st.execute("SELECT set_config('leadline.system', 'on', false)");
			st.execute(sql);
		}
	}

	private static String queryString(DatabaseCoordinates db, String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
				Statement st = c.createStatement()) {
			st.execute("SELECT set_config('leadline.system', 'on', false)");
			try (ResultSet rs = st.executeQuery(sql)) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

}
