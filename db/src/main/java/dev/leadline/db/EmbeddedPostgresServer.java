package dev.leadline.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 18 run from Maven-shipped binaries (zonky) on a directory of ours. A durable
 * server keeps its data across restarts; one process at a time may own a directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String EMBEDDED_OWNER_PASSWORD = "leadline-embedded";

	/**
	 * PostgreSQL's {@code shared_buffers} for a machine with this much memory: an eighth
	 * of it, at least PostgreSQL's default 128MB and at most 1GB. The default alone is
	 * too small for Leadline's working set: with 128MB a million-row import into a table
	 * that already holds a million rows evicts its own index pages chunk after chunk
	 * (scripts/bench/import: 107.5 s, against 94.0 s with 1GB; the hand-written SQL path
	 * went from 72.5 s to 67.9 s).
	 */
	public static String sharedBuffersFor(long physicalBytes) {
		long mb = Math.max(128, Math.min(1024, physicalBytes / 8 / (1024 * 1024)));
		return mb + "MB";
	}

	private static long physicalMemory() {
		return java.lang.management.ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize()
					: 0;
	}

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Starts PostgreSQL on {@code directory}/pgdata, creating the cluster on first use.
	 * @param durable false trades crash safety for speed (tests): no fsync, asynchronous
	 * commits
	 * @throws DataDirectoryLockedException when another process uses the directory
	 * @throws IOException when the server cannot be unpacked or started
	 */
	public static EmbeddedPostgresServer start(Path directory, boolean durable) throws IOException {
		return start(directory, durable, 0);
	}

	/** As {@link #start(Path, boolean)}, on a fixed port (0: any free port). */
	public static EmbeddedPostgresServer start(Path directory, boolean durable, int port) throws IOException {
		return start(directory, durable, port, null);
	}

	/**
	 * As {@link #start(Path, boolean, int)}, with PostgreSQL's {@code shared_buffers}
	 * (e.g. "512MB"; null or blank: {@link #sharedBuffersFor(long) sized by the machine's
	 * memory}).
	 */
	public static EmbeddedPostgresServer start(Path directory, boolean durable, int port, String sharedBuffers)
			throws IOException {
		Files.createDirectories(directory);
		FileChannel channel = FileChannel.open(directory.resolve("leadline.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock = tryLock(channel, directory);
		try {
			Path pgdata = directory.resolve("pgdata");
			stopOrphanedPostmaster(pgdata);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.setDataDirectory(pgdata)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(90))
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers",
						sharedBuffers == null || sharedBuffers.isBlank() ? sharedBuffersFor(physicalMemory())
								: sharedBuffers.strip())
				.start();
			return new EmbeddedPostgresServer(postgres, channel, lock);
		}
		catch (IOException | RuntimeException e) {
			lock.release();
			channel.close();
			throw e;
		}
	}

	private static FileLock tryLock(FileChannel channel, Path directory) throws IOException {
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return lock;
			}
		}
		catch (OverlappingFileLockException e) {
			// Held by this very JVM: as much in use as if another process held it.
		}
		channel.close();
		throw new DataDirectoryLockedException(directory);
	}

	/**
	 * A JVM killed with SIGKILL leaves its postmaster running. We hold the directory
	 * lock, so a live postmaster on our data directory belongs to no running Leadline:
	 * stop it.
	 */
	private static void stopOrphanedPostmaster(Path pgdata) throws IOException {
		Path pidFile = pgdata.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return;
		}
		long pid = Long.parseLong(lines.get(0).trim());
		ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
			.ifPresent(EmbeddedPostgresServer::fastShutdown);
	}

	private static void fastShutdown(ProcessHandle postmaster) {
		log.warn("Stopping orphaned PostgreSQL (pid {}) left behind by a process that did not stop cleanly",
				postmaster.pid());
		try {
			// SIGINT is PostgreSQL's "fast" shutdown: abort sessions, checkpoint, exit.
			new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
			postmaster.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not stop orphaned PostgreSQL pid " + postmaster.pid(), e);
		}
	}

	public int port() {
		return postgres.getPort();
	}

	/**
	 * Creates (once) the owner and application roles and the database, and says how to
	 * reach it.
	 * @throws SQLException when the server refuses
	 */
	public DatabaseCoordinates provision(String database) throws SQLException {
		try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
			return DatabaseProvisioner.provision(admin, "jdbc:postgresql://localhost:" + port() + "/", database,
					EMBEDDED_OWNER_PASSWORD);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.release();
			lockChannel.close();
		}
	}

}
