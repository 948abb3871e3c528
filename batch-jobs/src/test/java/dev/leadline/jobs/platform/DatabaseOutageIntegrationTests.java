package dev.leadline.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.EmbeddedPostgresServer;
import dev.leadline.db.LeadlineMigrations;
import dev.leadline.jobs.harness.HarnessJobConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The database goes away in the middle of a run and comes back: the run ends FAILED with
 * the cause, never STARTED forever. A database of its own, so that stopping it disturbs
 * no other test.
 */
class DatabaseOutageIntegrationTests {

	@Test
	void aRunCaughtByADatabaseOutageEndsFailedOnceTheDatabaseIsBack() throws Exception {
		Path directory = Files.createTempDirectory("leadline-outage");
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true);
		int port = server.port();
		DatabaseCoordinates db = server.provision("leadline");
		LeadlineMigrations.migrate(db, false);
		long tenant = insertAndReturnId(db, "INSERT INTO tenant (slug, name) VALUES ('outage', 'Outage') RETURNING id");
		long run = insertAndReturnId(db,
				"INSERT INTO job_run (tenant_id, job_name, trigger_type, parameters) VALUES (" + tenant + ", '"
						+ HarnessJobConfiguration.JOB + "', 'system', "
						+ "'{\"items\":\"2000\",\"chunk\":\"10\",\"pauseMs\":\"30\"}') RETURNING id");

		// The pool waits 2 s for a connection: the outage below outlasts it. (A blip
		// shorter than the pool's
		// connection timeout is ridden out and the run simply completes.)
		try (WorkerProcess worker = WorkerProcess.start("outage", db, 2_000)) {
			await().atMost(Duration.ofSeconds(60)).until(() -> count(db, "SELECT count(*) FROM contact") >= 50);

			server.close();
			Thread.sleep(8_000);
			server = EmbeddedPostgresServer.start(directory, true, port);

			EmbeddedPostgresServer restarted = server;
			await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> !"STARTED".equals(text(db, "SELECT status FROM job_run WHERE id = " + run)));
			assertThat(text(db, "SELECT status FROM job_run WHERE id = " + run)).isEqualTo("FAILED");
			assertThat(text(db, "SELECT failure_message FROM job_run WHERE id = " + run)).isNotBlank();
			assertThat(text(db, "SELECT string_agg(DISTINCT e.status, ',') FROM batch_job_execution e "
					+ "JOIN job_run_execution r ON r.job_execution_id = e.job_execution_id WHERE r.job_run_id = "
					+ run))
				.as("Spring Batch's record is settled too")
				.isEqualTo("FAILED");
			assertThat(restarted.port()).isEqualTo(port);
		}
		finally {
			server.close();
		}
	}

	private static long insertAndReturnId(DatabaseCoordinates db, String sql) throws Exception {
		return Long.parseLong(text(db, sql));
	}

	private static long count(DatabaseCoordinates db, String sql) throws Exception {
		return Long.parseLong(text(db, sql));
	}

	private static String text(DatabaseCoordinates db, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
				Statement st = c.createStatement()) {
			st.execute("SELECT set_config('leadline.system', 'on', false)");
			try (ResultSet rs = st.executeQuery(sql)) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

}
