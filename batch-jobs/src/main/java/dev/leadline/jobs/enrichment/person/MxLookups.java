package dev.leadline.jobs.enrichment.person;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/** Builds the MX lookup a run uses from the stage's properties. */
public final class MxLookups {

	private MxLookups() {
	}

	/**
	 * A new per-run cache over DNS lookups through the configured resolvers (the system's
	 * when none is configured).
	 * @throws IllegalArgumentException when a configured server is not a host, an address
	 * or {@code host:port}
	 */
	public static CachingMxLookup forRun(PersonStageProperties properties) {
		return new CachingMxLookup(new DnsMxLookup(resolver(properties), properties.dnsTimeout()),
				properties.mxCacheSize());
	}

	/** The resolver the properties name, with their timeout and retries. */
	public static Resolver resolver(PersonStageProperties properties) {
		ExtendedResolver resolver = properties.dnsServers().isEmpty() ? new ExtendedResolver()
				: new ExtendedResolver(servers(properties.dnsServers()));
		resolver.setTimeout(properties.dnsTimeout());
		resolver.setRetries(properties.dnsRetries());
		return resolver;
	}

	private static List<Resolver> servers(List<String> servers) {
		List<Resolver> resolvers = new ArrayList<>();
		for (String server : servers) {
			resolvers.add(new SimpleResolver(address(server.strip())));
		}
		return resolvers;
	}

	static InetSocketAddress address(String server) {
		String host = server;
		int port = SimpleResolver.DEFAULT_PORT;
		if (server.startsWith("[")) {
			int end = server.indexOf(']');
			if (end < 0) {
				throw new IllegalArgumentException("DNS server '" + server + "' lacks its closing ']'");
			}
			host = server.substring(1, end);
			if (server.length() > end + 1) {
				port = port(server, server.substring(end + 1));
			}
		}
		else if (server.indexOf(':') >= 0 && server.indexOf(':') == server.lastIndexOf(':')) {
			host = server.substring(0, server.indexOf(':'));
			port = port(server, server.substring(server.indexOf(':')));
		}
		try {
			return new InetSocketAddress(InetAddress.getByName(host), port);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("DNS server '" + server + "' is not a known host", ex);
		}
	}

	private static int port(String server, String colonAndPort) {
		try {
			int port = Integer.parseInt(colonAndPort.substring(1));
			if (colonAndPort.charAt(0) == ':' && port > 0 && port < 65536) {
				return port;
			}
		}
		catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
			// refused below
		}
		throw new IllegalArgumentException("DNS server '" + server + "' has no valid port");
	}

}
