package dev.leadline.jobs.enrichment.person;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;

/**
 * Asks its delegate once per domain for as long as it lives: callers asking for a domain
 * whose lookup is in flight wait for that lookup instead of starting another. Every
 * answer is kept, {@link MxAnswer.Kind#UNAVAILABLE} included, so a domain whose DNS times
 * out costs one timeout per cache, not one per contact; create one cache per run to ask
 * again next run. When more than {@code maximumSize} domains are held the least recently
 * used are forgotten (and asked again if they come back).
 */
public class CachingMxLookup implements MxLookup {

	private final LoadingCache<String, MxAnswer> answers;

	/**
	 * @param delegate the lookup to ask
	 * @param maximumSize the most domains held
	 */
	public CachingMxLookup(MxLookup delegate, long maximumSize) {
		this.answers = CacheBuilder.newBuilder()
			.maximumSize(maximumSize)
			.concurrencyLevel(Math.max(4, Runtime.getRuntime().availableProcessors()))
			.build(CacheLoader.from(delegate::lookup));
	}

	@Override
	public MxAnswer lookup(String asciiDomain) {
		return this.answers.getUnchecked(asciiDomain);
	}

	/** How many domains are held. */
	public long size() {
		return this.answers.size();
	}

}
