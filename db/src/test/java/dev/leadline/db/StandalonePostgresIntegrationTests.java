package dev.leadline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandalonePostgresIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void processesConnectWithTheWrittenSettingsUntilSigtermStopsTheServer() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), StandalonePostgres.class.getName(), directory.toString(),
				Integer.toString(port))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("server.log").toFile())
			.start();
		Path envFile = directory.resolve(StandalonePostgres.ENV_FILE);
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (!Files.exists(envFile)) {
				assertThat(server.isAlive()).as("server is running").isTrue();
				assertThat(System.nanoTime()).as("settings written within 90 s").isLessThan(deadline);
				Thread.sleep(100);
			}
			Map<String, String> env = read(envFile);
			assertThat(env.get("LEADLINE_DB_URL")).isEqualTo("jdbc:postgresql://localhost:" + port + "/leadline");
			DatabaseCoordinates db = new DatabaseCoordinates(env.get("LEADLINE_DB_URL"), env.get("LEADLINE_DB_USER"),
					env.get("LEADLINE_DB_PASSWORD"), env.get("LEADLINE_DB_APP_USER"),
					env.get("LEADLINE_DB_APP_PASSWORD"));
			LeadlineMigrations.migrate(db, false);
			try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
					Statement st = c.createStatement()) {
				st.execute("SELECT set_config('leadline.system', 'on', false)");
				st.execute("INSERT INTO tenant (slug, name) VALUES ('standalone', 'Standalone')");
				try (ResultSet rs = st
					.executeQuery("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
					assertThat(rs.next()).isTrue();
					assertThat(rs.getBoolean(1)).as("application role is unprivileged").isFalse();
				}
			}

			server.destroy();
			assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
			assertThat(envFile).doesNotExist();
			assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword()).close())
				.isInstanceOf(SQLException.class);
		}
		finally {
			server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Map<String, String> read(Path envFile) throws Exception {
		Map<String, String> env = new HashMap<>();
		for (String line : Files.readAllLines(envFile)) {
			int equals = line.indexOf('=');
			env.put(line.substring(0, equals), line.substring(equals + 1));
		}
		return env;
	}

}
