package dev.leadline.jobs.contactdata;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonicalises LinkedIn profile and company URLs:
 * {@code "http://de.linkedin.com/in/Jane-Doe/?trk=x"} becomes
 * {@code "https://www.linkedin.com/in/jane-doe"}. Country and mobile hosts ({@code de.},
 * {@code m.}, {@code mobile.}), the mobile {@code /mwlite/} and {@code /m/} paths, query
 * strings, fragments, trailing slashes and sub-pages ({@code /details/...}) are dropped;
 * percent-encoded names are decoded. Old public profiles keep their id segments
 * ({@code /pub/jane-doe/12/345/678}), which tell namesakes apart. Member ids
 * ({@code /in/ACoAAA...}, {@code /sales/people/...}) keep their case, which they depend
 * on.
 */
public final class LinkedInUrls {

	private static final Pattern PROFILE = Pattern
		.compile("(?i)^(?:https?://)?(?:(?:[a-z]{2,3}|www|m|mobile|touch)\\.)*linkedin\\.com/(?:mwlite/|m/)?"
				+ "(in|pub|company|school|sales/people|sales/lead)/([^/?#\\s]+)((?:/[0-9a-z]{1,3}){3})?(?:[/?#].*)?$");

	private static final Pattern MEMBER_ID = Pattern.compile("A[A-Za-z0-9_-]{20,}(,.*)?");

	private LinkedInUrls() {
	}

	/**
	 * The canonical URL, or null when the value is not a LinkedIn profile or company URL.
	 */
	public static String normalise(String value) {
		if (value == null) {
			return null;
		}
		Matcher matcher = PROFILE.matcher(value.strip());
		if (!matcher.matches()) {
			return null;
		}
		String kind = matcher.group(1).toLowerCase(Locale.ROOT);
		String slug = decoded(matcher.group(2));
		if (slug == null || slug.isBlank()) {
			return null;
		}
		if (!kind.startsWith("sales/") && !MEMBER_ID.matcher(slug).matches()) {
			slug = slug.toLowerCase(Locale.ROOT);
		}
		String ids = (kind.equals("pub") && matcher.group(3) != null) ? matcher.group(3).toLowerCase(Locale.ROOT) : "";
		return "https://www.linkedin.com/" + kind + "/" + slug + ids;
	}

	private static String decoded(String slug) {
		if (slug.indexOf('%') < 0) {
			return slug;
		}
		try {
			return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
