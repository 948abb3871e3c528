package dev.leadline.jobs.contactdata;

import java.util.Map;

/**
 * The import's rules for single values, for code that edits a contact or a company by
 * hand: the same normalisation, the same limits. Each method answers the value as stored
 * (null for a blank one) or throws {@link InvalidValueException} saying what is wrong.
 */
public final class ContactValues {

	/** The longest value of each text field, as the import enforces them. */
	public static final Map<String, Integer> MAX_LENGTHS = Map.of("firstName", 200, "lastName", 200, "title", 300,
			"city", 200, "phone", 50, "name", 500, "industry", 200);

	private ContactValues() {
	}

	public static String email(String value) {
		if (blank(value)) {
			return null;
		}
		String email = EmailAddresses.normalise(value);
		if (email == null) {
			throw new InvalidValueException("email", "is not a valid e-mail address");
		}
		return email;
	}

	/** Plain text, trimmed, at most {@link #MAX_LENGTHS} characters, no NUL. */
	public static String text(String field, String value) {
		if (blank(value)) {
			return null;
		}
		String text = value.strip();
		int max = MAX_LENGTHS.getOrDefault(field, 500);
		if (text.length() > max) {
			throw new InvalidValueException(field,
					"is " + text.length() + " characters long; at most " + max + " are allowed");
		}
		if (text.indexOf('\0') >= 0) {
			throw new InvalidValueException(field, "contains a NUL character");
		}
		return text;
	}

	/**
	 * E.164 when the number can be read (with the country for national numbers), else
	 * kept as given.
	 */
	public static String phone(String value, String country) {
		String phone = text("phone", value);
		if (phone == null) {
			return null;
		}
		String e164 = PhoneNumbers.toE164(phone, country);
		return e164 == null ? phone : e164;
	}

	/** An ISO 3166 alpha-2 code, from a code or a country name. */
	public static String country(String value) {
		if (blank(value)) {
			return null;
		}
		String code = CountryNames.isoCode(value.strip());
		if (code == null) {
			throw new InvalidValueException("country", "is not a country Leadline knows (use an ISO code such as DE)");
		}
		return code;
	}

	public static String linkedinUrl(String value) {
		if (blank(value)) {
			return null;
		}
		String url = LinkedInUrls.normalise(value.strip());
		if (url == null) {
			throw new InvalidValueException("linkedinUrl", "is not a LinkedIn profile or company URL");
		}
		return url;
	}

	/**
	 * The registrable domain of a website ({@code https://www.shop.acme.co.uk/x} is
	 * {@code acme.co.uk}).
	 */
	public static String domain(String website) {
		if (blank(website)) {
			return null;
		}
		String domain = Domains.registrable(website.strip());
		if (domain == null) {
			throw new InvalidValueException("website", "has no web domain");
		}
		return domain;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A value that cannot be stored, naming the field and why. */
	public static class InvalidValueException extends RuntimeException {

		private final String field;

		private final String reason;

		public InvalidValueException(String field, String reason) {
			super(field + " " + reason);
			this.field = field;
			this.reason = reason;
		}

		public String field() {
			return field;
		}

		/** What is wrong, without the field's name. */
		public String reason() {
			return reason;
		}

	}

}
