package dev.leadline.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's generator, run as the build runs it: a new migration shows up in the
 * generated classes.
 */
class JooqCodegenIntegrationTests {

	private static final Path GENERATOR = Path.of("src/build/java/JooqCodegen.java");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@TempDir
	Path work;

	@Test
	void aColumnAddedByANewMigrationAppearsInTheGeneratedClasses() throws Exception {
		Path migrations = copyOfMigrations();
		Path output = work.resolve("generated");
		Files.writeString(migrations.resolve("V9999__add_favourite_colour_to_contact.sql"),
				"ALTER TABLE contact ADD COLUMN favourite_colour text;");

		String log = generate(migrations, output);

		assertThat(log).contains("[jooq-codegen] generated");
		assertThat(Files.readString(output.resolve("dev/leadline/codegentest/tables/Contact.java")))
			.contains("FAVOURITE_COLOUR");
	}

	@Test
	void unchangedMigrationsSkipGeneration() throws Exception {
		Path migrations = copyOfMigrations();
		Path output = work.resolve("generated");
		generate(migrations, output);

		String secondRun = generate(migrations, output);

		assertThat(secondRun).contains("migrations unchanged");
		assertThat(Files.readString(output.resolve("dev/leadline/codegentest/tables/Contact.java")))
			.doesNotContain("FAVOURITE_COLOUR");
	}

	private Path copyOfMigrations() throws Exception {
		Path copy = Files.createDirectories(work.resolve("migrations"));
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	private String generate(Path migrations, Path output) throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), GENERATOR.toString(), migrations.toString(), output.toString(),
				"dev.leadline.codegentest", GENERATOR.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(log).isZero();
		return log;
	}

}
