package dev.leadline.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The embedded PostgreSQL 18 as a server of its own, for several Leadline processes on
 * one machine (scripts/cluster): each connects to it as to an external database. Runs
 * until SIGTERM or SIGINT, then stops PostgreSQL.
 *
 * <pre>
 * java -cp leadline.jar -Dloader.main=dev.leadline.db.StandalonePostgres \
 *   org.springframework.boot.loader.launch.PropertiesLauncher DIRECTORY PORT
 * </pre>
 *
 * When the database is ready it writes {@code DIRECTORY/leadline-db.env}: the
 * {@code LEADLINE_DB_URL}, {@code _USER}, {@code _PASSWORD}, {@code _APP_USER} and
 * {@code _APP_PASSWORD} lines the processes need. The application role is created here by
 * the superuser, so the owner may not manage it: the processes are given it as a role
 * made for them. PostgreSQL listens on localhost only.
 */
public final class StandalonePostgres {

	static final String ENV_FILE = "leadline-db.env";

	private StandalonePostgres() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: StandalonePostgres DIRECTORY PORT");
			System.exit(2);
		}
		Path directory = Path.of(args[0]).toAbsolutePath().normalize();
		Path envFile = directory.resolve(ENV_FILE);
		Files.deleteIfExists(envFile);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true, Integer.parseInt(args[1]));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				Files.deleteIfExists(envFile);
				server.close();
			}
			catch (IOException ex) {
				System.err.println("Stopping PostgreSQL failed: " + ex);
			}
		}));
		DatabaseCoordinates db = server.provision("leadline");
		writeEnvFile(envFile, db);
		System.out.println(
				"PostgreSQL 18 on port " + server.port() + ", data in " + directory + ", database " + db.jdbcUrl());
		System.out.flush();
		Thread.currentThread().join();
	}

	/** Written whole or not at all: a reader never sees half a file. */
	static void writeEnvFile(Path file, DatabaseCoordinates db) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Files.write(partial,
				List.of("LEADLINE_DB_URL=" + db.jdbcUrl(), "LEADLINE_DB_USER=" + db.ownerUser(),
						"LEADLINE_DB_PASSWORD=" + db.ownerPassword(), "LEADLINE_DB_APP_USER=" + db.appUser(),
						"LEADLINE_DB_APP_PASSWORD=" + db.appPassword()));
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
