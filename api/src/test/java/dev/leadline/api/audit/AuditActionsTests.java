package dev.leadline.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action literal the API passes to {@code AuditLog.record} is declared, so no
 * request fails on an undeclared one and the dashboard's filter offers it.
 */
class AuditActionsTests {

	private static final Pattern RECORD_CALL = Pattern
		.compile("\\.record\\((?:[^;\"]|\"(?![a-z_]+\\.[a-z_.]+\"))*\"([a-z_]+\\.[a-z_.]+)\"", Pattern.DOTALL);

	@Test
	void everyRecordedActionLiteralIsDeclared() throws IOException {
		Set<String> recorded = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher call = RECORD_CALL.matcher(Files.readString(file));
				while (call.find()) {
					recorded.add(call.group(1));
				}
			}
		}

		assertThat(recorded).as("the scan finds the calls")
			.contains("login.failed", "import.started", "job.triggered", "tenant.created", "import.stopped");
		assertThat(AuditActions.RECORDED_BY_THE_API).containsAll(recorded);
	}

}
