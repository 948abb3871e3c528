package dev.leadline.jobs.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses the process may connect to: public unicast only. Refused: unspecified,
 * loopback, private (RFC 1918), CGNAT, link-local, multicast, broadcast and reserved
 * IPv4, the IETF, documentation and benchmarking ranges; IPv6 unspecified, loopback, ULA,
 * link- and site-local, multicast, documentation, and every IPv6 form that embeds an IPv4
 * address (mapped, compatible, NAT64, 6to4, Teredo), which are refused outright. Loopback
 * may be allowed for tests, nothing else.
 */
final class AddressPolicy {

	private final boolean allowLoopback;

	AddressPolicy(boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
	}

	boolean allowsLoopback() {
		return this.allowLoopback;
	}

	/**
	 * @return why the address is refused, or null when it is allowed
	 */
	String refusal(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return this.allowLoopback ? null : "loopback";
		}
		if (address instanceof Inet4Address) {
			return ipv4(address.getAddress());
		}
		if (address instanceof Inet6Address) {
			return ipv6(address.getAddress());
		}
		return "not an IP address";
	}

	private static String ipv4(byte[] b) {
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		int a2 = b[2] & 0xff;
		if (a0 == 0) {
			return "unspecified (0.0.0.0/8)";
		}
		if (a0 == 127) {
			return "loopback";
		}
		if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
			return "private";
		}
		if (a0 == 100 && (a1 & 0xc0) == 64) {
			return "CGNAT (100.64.0.0/10)";
		}
		if (a0 == 169 && a1 == 254) {
			return "link-local";
		}
		if (a0 >= 224 && a0 <= 239) {
			return "multicast";
		}
		if (a0 >= 240) {
			return "reserved or broadcast";
		}
		if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) {
			return "IETF or documentation (192.0.0.0/24, 192.0.2.0/24)";
		}
		if ((a0 == 198 && (a1 & 0xfe) == 18) || (a0 == 198 && a1 == 51 && a2 == 100)
				|| (a0 == 203 && a1 == 0 && a2 == 113)) {
			return "benchmarking or documentation";
		}
		return null;
	}

	private static String ipv6(byte[] b) {
		boolean firstTenZero = true;
		for (int i = 0; i < 10; i++) {
			firstTenZero &= b[i] == 0;
		}
		if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
			return "IPv4-mapped IPv6";
		}
		if (firstTenZero && b[10] == 0 && b[11] == 0) {
			boolean allZero = true;
			for (int i = 12; i < 15; i++) {
				allZero &= b[i] == 0;
			}
			if (allZero && (b[15] == 0 || b[15] == 1)) {
				return (b[15] == 0) ? "unspecified" : "loopback";
			}
			return "IPv4-compatible IPv6";
		}
		int b0 = b[0] & 0xff;
		int b1 = b[1] & 0xff;
		if ((b0 & 0xfe) == 0xfc) {
			return "unique local (fc00::/7)";
		}
		if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
			return "link-local";
		}
		if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
			return "site-local";
		}
		if (b0 == 0xff) {
			return "multicast";
		}
		if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
			return "NAT64 (embeds an IPv4 address)";
		}
		if (b0 == 0x20 && b1 == 0x02) {
			return "6to4 (embeds an IPv4 address)";
		}
		if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
			return "Teredo (embeds an IPv4 address)";
		}
		if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
			return "documentation (2001:db8::/32)";
		}
		if ((b0 & 0xe0) != 0x20) {
			return "not global unicast (outside 2000::/3)";
		}
		return null;
	}

}
