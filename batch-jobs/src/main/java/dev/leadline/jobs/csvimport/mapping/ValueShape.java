package dev.leadline.jobs.csvimport.mapping;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of value a cell holds, judged from its text alone.
 */
public enum ValueShape {

	EMPTY, EMAIL, LINKEDIN_URL, URL, DATE, PHONE, NUMBER, DOMAIN, TEXT;

	private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s<>]+@[^@\\s<>]+\\.[a-z]{2,}$");

	private static final Pattern LINKEDIN_PATTERN = Pattern
		.compile("^(https?://)?([a-z]{2,3}\\.)?linkedin\\.com/(in|pub)/[^\\s]+$");

	private static final Pattern URL_PATTERN = Pattern.compile("^(https?://|www\\.)[^\\s]+$");

	private static final Pattern DATE_PATTERN = Pattern
		.compile("^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}([ t]\\d{1,2}:\\d{2}(:\\d{2})?.*)?$");

	private static final Pattern PHONE_PATTERN = Pattern.compile("^\\+?[\\d\\s().\\-/]{6,24}$");

	private static final Pattern NUMBER_PATTERN = Pattern.compile("^-?\\d+([.,]\\d+)?$");

	private static final Pattern DOMAIN_PATTERN = Pattern.compile("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}/?$");

	public static ValueShape of(String value) {
		String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (v.isEmpty()) {
			return EMPTY;
		}
		if (EMAIL_PATTERN.matcher(v).matches()) {
			return EMAIL;
		}
		if (LINKEDIN_PATTERN.matcher(v).matches()) {
			return LINKEDIN_URL;
		}
		if (URL_PATTERN.matcher(v).matches()) {
			return URL;
		}
		if (DATE_PATTERN.matcher(v).matches()) {
			return DATE;
		}
		if (looksLikePhone(v)) {
			return PHONE;
		}
		if (NUMBER_PATTERN.matcher(v).matches()) {
			return NUMBER;
		}
		if (DOMAIN_PATTERN.matcher(v).matches()) {
			return DOMAIN;
		}
		return TEXT;
	}

	private static boolean looksLikePhone(String v) {
		if (!PHONE_PATTERN.matcher(v).matches()) {
			return false;
		}
		long digits = v.chars().filter(Character::isDigit).count();
		if (digits < 6 || digits > 15) {
			return false;
		}
		boolean formatted = v.startsWith("+") || v.chars().anyMatch(c -> " ()-./".indexOf(c) >= 0);
		// Bare digit runs are usually ids, unless they look like a national number with a
		// trunk prefix.
		return formatted || (v.startsWith("0") && digits >= 9);
	}

}
