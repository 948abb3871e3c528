package dev.leadline.jobs.platform;

import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import leadlinetest.PlatformTestApplication;
import leadlinetest.TestDataDirectory;

/**
 * A worker in a process of its own, on the test database: to be killed, terminated and
 * restarted.
 */
public final class WorkerProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private WorkerProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	public static WorkerProcess start(String name, String... extraArguments) throws IOException {
		return start(name, TestDatabase.coordinates(), extraArguments);
	}

	public static WorkerProcess start(String name, DatabaseCoordinates db, String... extraArguments)
			throws IOException {
		return start(name, db, 30_000, extraArguments);
	}

	public static WorkerProcess start(String name, DatabaseCoordinates db, long connectionTimeoutMillis,
			String... extraArguments) throws IOException {
		return start(name, db, connectionTimeoutMillis, TestDataDirectory.path(), extraArguments);
	}

	/**
	 * A worker on a data directory of its own, as on another machine: it shares only the
	 * database and what {@code extraArguments} give it (object storage).
	 */
	public static WorkerProcess startOnOwnDataDirectory(String name, Path dataDirectory, String... extraArguments)
			throws IOException {
		return start(name, TestDatabase.coordinates(), 30_000, dataDirectory, extraArguments);
	}

	private static WorkerProcess start(String name, DatabaseCoordinates db, long connectionTimeoutMillis,
			Path dataDirectory, String... extraArguments) throws IOException {
		Path log = Files.createDirectories(Path.of("target", "worker-logs"))
			.resolve(name + "-" + System.nanoTime() + ".log");
		List<String> command = childJvm("256m", db, connectionTimeoutMillis, dataDirectory);
		command.addAll(List.of("--spring.main.web-application-type=none", "--spring.main.keep-alive=true",
				"--leadline.roles=worker", "--logging.level.dev.leadline=INFO"));
		command.addAll(List.of(extraArguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		WorkerProcess worker = new WorkerProcess(process, log);
		worker.awaitLog("Worker ", " started with ", Duration.ofSeconds(60));
		return worker;
	}

	/**
	 * The command line of a {@link PlatformTestApplication} in a JVM of its own, on the
	 * given database and this JVM's data directory; Spring arguments follow.
	 */
	public static List<String> childJvm(String maxHeap, DatabaseCoordinates db, long connectionTimeoutMillis) {
		return childJvm(maxHeap, db, connectionTimeoutMillis, TestDataDirectory.path());
	}

	private static List<String> childJvm(String maxHeap, DatabaseCoordinates db, long connectionTimeoutMillis,
			Path dataDirectory) {
		return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-Dleadline.child.db.url=" + db.jdbcUrl(),
				"-Dleadline.child.db.user=" + db.appUser(), "-Dleadline.child.db.password=" + db.appPassword(),
				"-Dleadline.child.db.connection-timeout=" + connectionTimeoutMillis,
				"-D" + TestDataDirectory.CHILD_PROPERTY + "=" + dataDirectory, "-cp",
				System.getProperty("java.class.path"), PlatformTestApplication.class.getName()));
	}

	void awaitLog(String first, String second, Duration within) throws IOException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.readString(log).lines().anyMatch(line -> line.contains(first) && line.contains(second))) {
				return;
			}
			if (!process.isAlive()) {
				throw new AssertionError("worker process ended early; its log:\n" + Files.readString(log));
			}
			sleep(200);
		}
		throw new AssertionError(
				"worker did not log '" + first + "…" + second + "' in time; its log:\n" + Files.readString(log));
	}

	/** kill -9: no shutdown hook, no cleanup, exactly like a lost machine. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * SIGTERM, as a service manager stops a process. Returns whether it exited in time.
	 */
	public boolean terminate(Duration within) throws InterruptedException {
		process.destroy();
		return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	public String log() throws IOException {
		return Files.readString(log);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

}
