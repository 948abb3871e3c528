package dev.leadline.jobs.outbound;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/**
 * Where one hop goes, read from the URL's raw authority by our own rules (not
 * {@link URI#getHost()}, which gives up on forms such as {@code 0x7f.1}).
 *
 * @param host lower-case ASCII, without brackets or a trailing dot
 * @param pathAndQuery the request target, {@code /} at least
 */
record Target(URI uri, boolean https, String host, int port, String pathAndQuery) {

	static Target of(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (scheme == null) {
			throw refused(FetchRefusedException.Reason.MALFORMED_URL, "Not an absolute URL: " + uri);
		}
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw refused(FetchRefusedException.Reason.SCHEME, "The scheme " + scheme + " is not fetched");
		}
		if (uri.isOpaque()) {
			throw refused(FetchRefusedException.Reason.MALFORMED_URL, "Not a hierarchical URL: " + uri);
		}
		String authority = uri.getRawAuthority();
		if (authority == null || authority.isEmpty() || authority.indexOf('@') >= 0 || authority.indexOf('%') >= 0) {
			throw refused(FetchRefusedException.Reason.MALFORMED_URL,
					"The URL has no plain host (user information and escapes are refused): " + uri);
		}
		String host;
		String port = null;
		if (authority.startsWith("[")) {
			int end = authority.indexOf(']');
			if (end < 0) {
				throw refused(FetchRefusedException.Reason.MALFORMED_URL, "Unclosed IPv6 literal: " + uri);
			}
			host = authority.substring(1, end);
			String rest = authority.substring(end + 1);
			if (!rest.isEmpty()) {
				if (!rest.startsWith(":")) {
					throw refused(FetchRefusedException.Reason.MALFORMED_URL, "Text after the IPv6 literal: " + uri);
				}
				port = rest.substring(1);
			}
		}
		else {
			int colon = authority.indexOf(':');
			host = (colon < 0) ? authority : authority.substring(0, colon);
			port = (colon < 0) ? null : authority.substring(colon + 1);
		}
		return new Target(uri, scheme.equals("https"), asciiHost(host, uri), port(port, scheme, uri), request(uri));
	}

	/** The Host header's value. */
	String hostHeader() {
		String name = (this.host.indexOf(':') >= 0) ? "[" + this.host + "]" : this.host;
		return (this.port == (this.https ? 443 : 80)) ? name : name + ":" + this.port;
	}

	private static String asciiHost(String host, URI uri) {
		String ascii;
		try {
			ascii = IDN.toASCII(host, 0).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw refused(FetchRefusedException.Reason.MALFORMED_URL, "The host is not a valid name: " + uri);
		}
		if (ascii.endsWith(".")) {
			ascii = ascii.substring(0, ascii.length() - 1);
		}
		if (ascii.isEmpty()) {
			throw refused(FetchRefusedException.Reason.MALFORMED_URL, "The URL has no host: " + uri);
		}
		return ascii;
	}

	private static int port(String port, String scheme, URI uri) {
		if (port == null || port.isEmpty()) {
			return scheme.equals("https") ? 443 : 80;
		}
		if (!port.matches("[0-9]{1,5}")) {
			throw refused(FetchRefusedException.Reason.MALFORMED_URL, "The port is not a number: " + uri);
		}
		int value = Integer.parseInt(port);
		if (value < 1 || value > 65535) {
			throw refused(FetchRefusedException.Reason.PORT, "The port " + value + " does not exist");
		}
		return value;
	}

	private static String request(URI uri) {
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	private static FetchRefusedException refused(FetchRefusedException.Reason reason, String message) {
		return new FetchRefusedException(reason, message);
	}

}
