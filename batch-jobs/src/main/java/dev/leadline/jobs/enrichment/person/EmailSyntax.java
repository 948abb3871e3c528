package dev.leadline.jobs.enrichment.person;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The practical subset of RFC 5321/5322 address syntax mail systems accept: an ASCII
 * dot-atom local part of at most 64 characters, and a domain name of at least two labels
 * (internationalised domain names allowed, checked in their ASCII form with the STD3
 * rules; the top-level label alphabetic or punycode). Refused as outside the subset:
 * quoted local parts ({@code "john doe"@x.com}), UTF-8 local parts (RFC 6531, which few
 * receiving systems accept and the import refuses too), comments, IP literal domains
 * ({@code user@[192.0.2.1]}) and a trailing dot.
 */
final class EmailSyntax {

	private static final Pattern LOCAL = Pattern
		.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern ASCII_DOMAIN = Pattern
		.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

	private EmailSyntax() {
	}

	/** The address's parts, or null when it is outside the accepted syntax. */
	static Parsed parse(String value) {
		String email = value.strip();
		if (email.regionMatches(true, 0, "mailto:", 0, 7)) {
			email = email.substring(7);
		}
		int at = email.lastIndexOf('@');
		if (email.length() > 320 || at < 1 || at > 64 || at == email.length() - 1) {
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
		String shown = isAscii(domain) ? ascii : IDN.toUnicode(ascii);
		return new Parsed(local + "@" + shown, local, ascii);
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
	 * @param asciiDomain its domain in ASCII form
	 */
	record Parsed(String address, String localPart, String asciiDomain) {
	}

}
