package dev.leadline.api.system.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * One written form per client address: an IPv4-mapped IPv6 address
 * ({@code ::ffff:10.0.0.1}) as the IPv4 address it carries, IPv6 in the short form of RFC
 * 5952 ({@code 0:0:0:0:0:0:0:1} as {@code ::1}). Anything that is not an address literal
 * is answered as it came.
 */
public final class IpAddresses {

	private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}");

	private IpAddresses() {
	}

	public static String canonical(String address) {
		if (address == null || !LITERAL.matcher(address).matches()
				|| (address.indexOf(':') < 0 && address.chars().filter(c -> c == '.').count() != 3)) {
			return address;
		}
		InetAddress parsed;
		try {
			// A literal (checked above): no name lookup happens here.
			parsed = InetAddress.getByName(address);
		}
		catch (UnknownHostException e) {
			return address;
		}
		if (parsed instanceof Inet4Address) {
			// Java already turns ::ffff:a.b.c.d into the IPv4 address it maps.
			return parsed.getHostAddress();
		}
		if (parsed instanceof Inet6Address ipv6) {
			return shortForm(ipv6.getAddress());
		}
		return address;
	}

	private static String shortForm(byte[] bytes) {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8; i++) {
			int length = 0;
			while (i + length < 8 && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
		}
		StringBuilder out = new StringBuilder(39);
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				out.append("::");
				i += bestLength - 1;
				continue;
			}
			if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
				out.append(':');
			}
			out.append(Integer.toHexString(groups[i]));
		}
		return out.toString();
	}

}
