package dev.leadline.jobs.contactdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mailbox providers whose domain says nothing about a person's employer: their addresses
 * never create or link a company. The list, grouped by region with its source noted, is
 * {@code free-mail-domains.txt} beside this class.
 */
public final class FreeMailDomains {

	private static final Set<String> DOMAINS = load("free-mail-domains.txt");

	private FreeMailDomains() {
	}

	/** Whether the domain, in any case and with surrounding space, is a free-mail one. */
	public static boolean contains(String domain) {
		return domain != null && DOMAINS.contains(domain.strip().toLowerCase(Locale.ROOT));
	}

	private static Set<String> load(String name) {
		try (InputStream in = FreeMailDomains.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing beside " + FreeMailDomains.class.getName());
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
