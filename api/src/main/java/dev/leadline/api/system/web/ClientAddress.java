package dev.leadline.api.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The caller's address: the connection's peer, unless that peer is a trusted proxy, in
 * which case the right-most X-Forwarded-For entry that is not itself a trusted proxy.
 * Headers from anyone else are ignored. The answer is in its one written form
 * ({@link IpAddresses#canonical}), so rate limits and the audit log see one client once.
 */
@Component
public class ClientAddress {

	private final List<Range> trusted;

	ClientAddress(HttpProperties http) {
		this.trusted = http.trustedProxies().stream().map(Range::parse).toList();
	}

	public String of(HttpServletRequest request) {
		return IpAddresses.canonical(uncanonical(request));
	}

	private String uncanonical(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!isTrusted(peer)) {
			return peer;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank()) {
			return peer;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].trim();
			if (!hop.isEmpty() && !isTrusted(hop)) {
				return isAddress(hop) ? hop : peer;
			}
		}
		return peer;
	}

	private boolean isTrusted(String address) {
		return trusted.stream().anyMatch(range -> range.contains(address));
	}

	private static boolean isAddress(String text) {
		return text.matches("[0-9a-fA-F:.]{2,45}");
	}

	private record Range(BigInteger network, int prefix, int bits) {

		static Range parse(String cidr) {
			String[] parts = cidr.trim().split("/");
			byte[] address = bytes(parts[0]);
			int bits = address.length * 8;
			int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : bits;
			return new Range(new BigInteger(1, address).shiftRight(bits - prefix), prefix, bits);
		}

		boolean contains(String address) {
			if (!isAddress(address)) {
				return false;
			}
			byte[] candidate;
			try {
				candidate = bytes(address);
			}
			catch (IllegalArgumentException e) {
				return false;
			}
			return candidate.length * 8 == bits
					&& new BigInteger(1, candidate).shiftRight(bits - prefix).equals(network);
		}

		private static byte[] bytes(String literal) {
			try {
				// Literal addresses only (checked by isAddress): no name lookup happens
				// here.
				return InetAddress.getByName(literal).getAddress();
			}
			catch (UnknownHostException e) {
				throw new IllegalArgumentException("Not an IP address: " + literal, e);
			}
		}
	}

}
