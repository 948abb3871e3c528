package dev.leadline.jobs.outbound;

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
 */
@ConfigurationProperties("leadline.outbound")
public record OutboundProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("20s") Duration totalTimeout, @DefaultValue("2097152") long maxBytes,
		@DefaultValue("5") int maxRedirects, @DefaultValue("false") boolean allowLoopback,
		@DefaultValue Map<String, ProviderSettings> providers) {

	public FetchLimits limits() {
		return new FetchLimits(this.connectTimeout, this.readTimeout, this.totalTimeout, this.maxBytes,
				this.maxRedirects, this.allowLoopback);
	}

}
