package leadlinetest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One data directory per test JVM, as {@code leadline.data-dir}, like its one database
 * ({@code TestDatabase}): a fresh database numbers tenants, reports and companies from
 * the start again, so a directory shared with earlier runs would hold their files under
 * the same names. Worker processes that a test starts are given the parent's directory
 * ({@value #CHILD_PROPERTY}), as machines of one installation share their store.
 */
public class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The system property that hands the parent's directory to a worker process. */
	public static final String CHILD_PROPERTY = "leadline.child.data-dir";

	private static Path path;

	/** This JVM's data directory (the parent's, in a worker process). */
	public static synchronized Path path() {
		if (path == null) {
			String inherited = System.getProperty(CHILD_PROPERTY);
			path = (inherited != null) ? Path.of(inherited) : createRemovedOnExit();
		}
		return path;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testDataDirectory", Map.of("leadline.data-dir", path().toString())));
	}

	private static Path createRemovedOnExit() {
		try {
			Path created = Files.createTempDirectory("leadline-batch-jobs-tests-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> removeQuietly(created)));
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the test data directory", ex);
		}
	}

	private static void removeQuietly(Path directory) {
		try (Stream<Path> tree = Files.walk(directory)) {
			tree.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException | UncheckedIOException ignored) {
			// The JVM is going away; a leftover temporary directory harms no later run.
		}
	}

}
