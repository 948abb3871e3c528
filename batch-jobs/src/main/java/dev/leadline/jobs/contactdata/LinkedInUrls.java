package dev.leadline.jobs.contactdata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonicalises LinkedIn profile and company URLs:
 * {@code "http://de.linkedin.com/in/Jane-Doe/?trk=x"} becomes
 * {@code "https://www.linkedin.com/in/jane-doe"}.
 */
public final class LinkedInUrls {

	private static final Pattern PROFILE = Pattern.compile(
			"(?i)^(?:https?://)?(?:[a-z]{2,3}\\.|www\\.)?linkedin\\.com/(in|pub|company|sales/people)/([^/?#\\s]+).*$");

	private LinkedInUrls() {
	}

	/**
	 * The canonical URL, or null when the value is not a LinkedIn profile or company URL.
	 */
	public static String normalise(String value) {
		Matcher matcher = PROFILE.matcher(value.strip());
		if (!matcher.matches()) {
			return null;
		}
		return "https://www.linkedin.com/" + matcher.group(1).toLowerCase(Locale.ROOT) + "/"
				+ matcher.group(2).toLowerCase(Locale.ROOT);
	}

}
