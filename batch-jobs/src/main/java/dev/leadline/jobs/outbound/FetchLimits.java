package dev.leadline.jobs.outbound;

import java.time.Duration;

/**
 * The bounds of every fetch.
 *
 * @param connectTimeout the longest a connection (and TLS handshake) may take to open
 * @param readTimeout the longest the other side may stay silent while answering
 * @param totalTimeout the longest one fetch may take, redirects included (a slow drip of
 * bytes ends here)
 * @param maxBytes the largest body read; a larger one is refused
 * @param maxRedirects how many redirects are followed, each checked as the first URL was
 * @param allowLoopback whether loopback addresses, on any port, are allowed: only a test
 * setting, for stub servers; never private or other addresses
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes,
		int maxRedirects, boolean allowLoopback) {

	public static final int MOST_REDIRECTS = 5;

	public FetchLimits {
		if (maxRedirects < 0 || maxRedirects > MOST_REDIRECTS) {
			throw new IllegalArgumentException("maxRedirects must be 0 to " + MOST_REDIRECTS);
		}
		if (maxBytes < 1) {
			throw new IllegalArgumentException("maxBytes must be positive");
		}
	}

	/**
	 * Production defaults: 5 s to connect, 10 s silence, 20 s in all, 2 MB, 5 redirects.
	 */
	public static FetchLimits defaults() {
		return new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), 2L << 20,
				MOST_REDIRECTS, false);
	}

	public FetchLimits withAllowLoopback(boolean allow) {
		return new FetchLimits(this.connectTimeout, this.readTimeout, this.totalTimeout, this.maxBytes,
				this.maxRedirects, allow);
	}

}
