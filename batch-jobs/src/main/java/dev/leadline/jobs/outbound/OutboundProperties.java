package dev.leadline.jobs.outbound;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbound layer ({@code leadline.outbound.*}).
 *
 * @param connectTimeout the longest a connection may take to open
 * @param readTimeout the longest the other side may stay silent
 * @param totalTimeout the longest one fetch may take, redirects included
 * @param maxBytes the largest answer read
 * @param maxRedirects redirects followed, at most 5
 * @param allowLoopback tests only: allow loopback addresses (stub servers); never set in
 * production
 * @param providers the outside providers by name
 * @param testConnectTo tests only, with {@code allowLoopback}: host names whose requests
 * go to a stub server on loopback ({@code host -> 127.0.0.1:port}), e.g. company websites
 * in end-to-end tests
 */
@ConfigurationProperties("leadline.outbound")
public record OutboundProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("20s") Duration totalTimeout, @DefaultValue("2097152") long maxBytes,
		@DefaultValue("5") int maxRedirects, @DefaultValue("false") boolean allowLoopback,
		@DefaultValue Map<String, ProviderSettings> providers, @DefaultValue Map<String, String> testConnectTo) {

	/**
	 * @throws IllegalArgumentException for an entry that is not {@code host:port}
	 */
	public Map<String, InetSocketAddress> testEndpoints() {
		Map<String, InetSocketAddress> endpoints = new java.util.LinkedHashMap<>();
		this.testConnectTo.forEach((host, target) -> {
			int colon = target.lastIndexOf(':');
			if (colon <= 0 || !target.substring(colon + 1).matches("[0-9]{1,5}")) {
				throw new IllegalArgumentException(
						"leadline.outbound.test-connect-to." + host + " must be address:port, not " + target);
			}
			endpoints.put(host.toLowerCase(java.util.Locale.ROOT), new InetSocketAddress(
					HostLiterals.parse(target.substring(0, colon)), Integer.parseInt(target.substring(colon + 1))));
		});
		return endpoints;
	}

	public FetchLimits limits() {
		return new FetchLimits(this.connectTimeout, this.readTimeout, this.totalTimeout, this.maxBytes,
				this.maxRedirects, this.allowLoopback);
	}

}
