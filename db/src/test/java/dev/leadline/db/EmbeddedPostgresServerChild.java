package dev.leadline.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A separate process owning an embedded server, for tests that kill it. */
public final class EmbeddedPostgresServerChild {

	static final String READY = "EMBEDDED-SERVER-READY";

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
		DatabaseCoordinates db = server.provision("leadline");
		LeadlineMigrations.migrate(db, false);
		try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
				Statement st = c.createStatement()) {
			st.execute("SELECT set_config('leadline.system', 'on', false)");
			st.execute("INSERT INTO tenant (slug, name) VALUES ('child', 'Written by child')");
		}
		System.out.println(READY);
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
