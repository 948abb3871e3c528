package dev.leadline.jobs.contactdata;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks e-mail syntax the way mail systems accept addresses in practice (dot-atom local
 * part, a domain with at least one dot) and lower-cases them: a contact is identified by
 * its address whatever its case.
 */
public final class EmailAddresses {

	static final int MAX_LENGTH = 320;

	private static final Pattern LOCAL = Pattern
		.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern DOMAIN = Pattern
		.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	private EmailAddresses() {
	}

	/** The address lower-cased, or null when it is not a syntactically valid address. */
	public static String normalise(String value) {
		String email = value.strip();
		if (email.regionMatches(true, 0, "mailto:", 0, 7)) {
			email = email.substring(7);
		}
		int at = email.lastIndexOf('@');
		if (email.length() > MAX_LENGTH || at < 1 || at > 64 || at == email.length() - 1) {
			return null;
		}
		String local = email.substring(0, at);
		String domain = email.substring(at + 1);
		if (domain.length() > 253 || !LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
			return null;
		}
		return email.toLowerCase(Locale.ROOT);
	}

	/** The domain part of a normalised address. */
	public static String domainOf(String email) {
		return email.substring(email.lastIndexOf('@') + 1);
	}

}
