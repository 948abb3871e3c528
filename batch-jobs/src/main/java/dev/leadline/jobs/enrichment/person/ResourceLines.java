package dev.leadline.jobs.enrichment.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the word and domain lists shipped beside this package's classes. */
final class ResourceLines {

	private ResourceLines() {
	}

	/** The file's lines lower-cased, without blanks and {@code #} comments. */
	static Set<String> load(String name) {
		try (InputStream in = ResourceLines.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing beside " + ResourceLines.class.getName());
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map((String line) -> line.strip().toLowerCase(Locale.ROOT))
				.filter((String line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
