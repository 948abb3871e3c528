package dev.leadline.jobs.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Reads a URL's host as a numeric address in every form a resolver might accept, so that
 * none reaches DNS disguised as a name: IPv4 as {@code inet_aton} reads it (one to four
 * parts, each decimal, octal with a leading {@code 0} or hex with {@code 0x}:
 * {@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1}) and IPv6
 * literals (IPv4-mapped and -compatible forms included).
 */
final class HostLiterals {

	/** A name DNS may be asked about: its last label starts with a letter. */
	private static final Pattern NAME = Pattern.compile("^([a-z0-9_]([a-z0-9_-]{0,62})\\.)*[a-z][a-z0-9-]{0,62}$");

	private HostLiterals() {
	}

	/** Whether the host is a name for DNS rather than a numeric address. */
	static boolean isName(String host) {
		return NAME.matcher(host).matches() && !host.startsWith("0x");
	}

	/**
	 * The address a numeric host stands for.
	 * @param host lower case, without brackets or a trailing dot
	 * @throws FetchRefusedException when the host is neither a name nor an address
	 */
	static InetAddress parse(String host) {
		if (host.indexOf(':') >= 0) {
			return ipv6(host);
		}
		byte[] bytes = ipv4(host);
		if (bytes == null) {
			throw new FetchRefusedException(FetchRefusedException.Reason.MALFORMED_URL,
					"The host \"" + host + "\" is neither a name nor an address");
		}
		try {
			return InetAddress.getByAddress(host, bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InetAddress ipv6(String host) {
		if (host.indexOf('%') >= 0 || !host.matches("[0-9a-f:.]+")) {
			throw new FetchRefusedException(FetchRefusedException.Reason.MALFORMED_URL,
					"The IPv6 address \"" + host + "\" is not a plain literal");
		}
		try {
			// A literal with ':' never reaches DNS: InetAddress parses it or refuses it.
			InetAddress address = InetAddress.getByName(host);
			if (address instanceof java.net.Inet4Address) {
				// Java reads ::ffff:a.b.c.d as the IPv4 address itself: refused whatever
				// it embeds.
				throw new FetchRefusedException(FetchRefusedException.Reason.FORBIDDEN_ADDRESS,
						"The address " + host + " is IPv4-mapped IPv6");
			}
			return address;
		}
		catch (UnknownHostException ex) {
			throw new FetchRefusedException(FetchRefusedException.Reason.MALFORMED_URL,
					"The IPv6 address \"" + host + "\" is malformed");
		}
	}

	/** IPv4 as inet_aton reads it, or null. */
	static byte[] ipv4(String host) {
		String[] parts = host.split("\\.", -1);
		if (parts.length > 4) {
			return null;
		}
		long[] values = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = part(parts[i]);
			if (values[i] < 0) {
				return null;
			}
		}
		int last = parts.length - 1;
		for (int i = 0; i < last; i++) {
			if (values[i] > 255) {
				return null;
			}
		}
		if (values[last] >= (1L << (8 * (4 - last)))) {
			return null;
		}
		long address = values[last];
		for (int i = 0; i < last; i++) {
			address |= values[i] << (8 * (3 - i));
		}
		return new byte[] { (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address };
	}

	private static long part(String part) {
		if (part.isEmpty() || part.length() > 12) {
			return -1;
		}
		try {
			if (part.startsWith("0x")) {
				return (part.length() == 2) ? 0 : Long.parseLong(part.substring(2), 16);
			}
			if (part.length() > 1 && part.startsWith("0")) {
				return Long.parseLong(part.substring(1), 8);
			}
			return Long.parseLong(part, 10);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
