package dev.leadline.jobs.contactdata;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one e-mail syntax rule of Leadline, used by the import, by hand edits and by the
 * Person enrichment stage: the practical subset of RFC 5321/5322 mail systems accept. An
 * ASCII dot-atom local part of at most 64 characters, and a domain name of at least two
 * labels; internationalised domain names (IDNA, {@code user@bücher.de}) are allowed and
 * checked in their ASCII form with the STD3 rules, the top-level label alphabetic or
 * punycode. Refused as outside the subset: quoted local parts ({@code "john doe"@x.com}),
 * UTF-8 local parts (RFC 6531: few receiving systems accept them, and an address that
 * cannot be written to cannot be verified or mailed), comments, IP literal domains and a
 * trailing dot.
 * <p>
 * The normalised address is lower-case with its domain in Unicode form (NFC): the same
 * address typed as {@code user@xn--bcher-kva.de} or {@code User@BÜCHER.de} is stored as
 * {@code user@bücher.de}, so that both identify one contact.
 */
public final class EmailAddresses {

	static final int MAX_LENGTH = 320;

	private static final Pattern LOCAL = Pattern
		.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern ASCII_DOMAIN = Pattern
		.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

	private EmailAddresses() {
	}

	/** The address normalised, or null when it is not a syntactically valid address. */
	public static String normalise(String value) {
		Parsed parsed = parse(value);
		return (parsed != null) ? parsed.address() : null;
	}

	/** The address's parts, or null when it is outside the accepted syntax. */
	public static Parsed parse(String value) {
		String email = value.strip();
		if (email.regionMatches(true, 0, "mailto:", 0, 7)) {
			email = email.substring(7);
		}
		int at = email.lastIndexOf('@');
		if (email.length() > MAX_LENGTH || at < 1 || at > 64 || at == email.length() - 1) {
			return null;
		}
		String local = email.substring(0, at).toLowerCase(Locale.ROOT);
		if (!LOCAL.matcher(local).matches()) {
			return null;
		}
		String domain = email.substring(at + 1);
		String ascii = asciiDomain(domain);
		if (ascii == null) {
			return null;
		}
		// punycode labels are shown (and stored) in Unicode form: one contact whichever
		// form the file used; a plain ASCII domain skips the IDN conversion (hot path)
		String shown = (isAscii(domain) && !ascii.contains("xn--")) ? ascii : IDN.toUnicode(ascii);
		return new Parsed(local + "@" + shown, local, ascii);
	}

	/** The domain part of a normalised address. */
	public static String domainOf(String email) {
		return email.substring(email.lastIndexOf('@') + 1);
	}

	private static String asciiDomain(String domain) {
		String ascii;
		if (isAscii(domain)) {
			ascii = domain.toLowerCase(Locale.ROOT);
		}
		else {
			try {
				ascii = IDN.toASCII(Normalizer.normalize(domain, Normalizer.Form.NFC), IDN.USE_STD3_ASCII_RULES)
					.toLowerCase(Locale.ROOT);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		if (ascii.length() > 253 || !ASCII_DOMAIN.matcher(ascii).matches()) {
			return null;
		}
		return ascii;
	}

	private static boolean isAscii(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param address the normalised address
	 * @param localPart its lower-case local part
	 * @param asciiDomain its domain in ASCII (punycode) form
	 */
	public record Parsed(String address, String localPart, String asciiDomain) {
	}

}
