package dev.leadline.jobs.contactdata;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;

/**
 * Reduces a website or host to its registrable domain with the public suffix list:
 * {@code "https://www.Shop.Example.co.uk/about"} becomes {@code "example.co.uk"}.
 */
public final class Domains {

	private Domains() {
	}

	/** The registrable domain, or null when the value holds no public host name. */
	public static String registrable(String website) {
		String host = hostOf(website.strip().toLowerCase(Locale.ROOT));
		if (host.isEmpty() || host.length() > 253) {
			return null;
		}
		try {
			host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
			if (!InternetDomainName.isValid(host)) {
				return null;
			}
			InternetDomainName name = InternetDomainName.from(host);
			if (!name.isUnderPublicSuffix()) {
				return null;
			}
			String domain = name.topPrivateDomain().toString();
			return domain.startsWith("www.") ? null : domain;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return null;
		}
	}

	private static String hostOf(String value) {
		String host = value;
		int scheme = host.indexOf("://");
		if (scheme >= 0) {
			host = host.substring(scheme + 3);
		}
		int end = indexOfAny(host, "/?#");
		if (end >= 0) {
			host = host.substring(0, end);
		}
		int at = host.lastIndexOf('@');
		if (at >= 0) {
			host = host.substring(at + 1);
		}
		int port = host.lastIndexOf(':');
		if (port >= 0) {
			host = host.substring(0, port);
		}
		while (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		return host;
	}

	private static int indexOfAny(String value, String characters) {
		for (int i = 0; i < value.length(); i++) {
			if (characters.indexOf(value.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
