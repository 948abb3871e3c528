package dev.leadline.jobs.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The configured providers, by name, sharing one {@link GuardedFetcher}. */
public class Providers {

	private final GuardedFetcher fetcher;

	private final Map<String, Provider> providers = new LinkedHashMap<>();

	private final ProviderMetrics metrics;

	public Providers(GuardedFetcher fetcher, Map<String, ProviderSettings> settings) {
		this(fetcher, settings, ProviderMetrics.NONE);
	}

	public Providers(GuardedFetcher fetcher, Map<String, ProviderSettings> settings, ProviderMetrics metrics) {
		this.fetcher = fetcher;
		this.metrics = metrics;
		settings.forEach((name, each) -> this.providers.put(name, new Provider(name, each, fetcher)));
	}

	public GuardedFetcher fetcher() {
		return this.fetcher;
	}

	/**
	 * A record of one item's calls, counted in the process's metrics as they are made.
	 */
	public ProviderCalls newCalls() {
		return new ProviderCalls(this.metrics);
	}

	/**
	 * The provider, when configured (an API key, if it needs one, is the caller's check).
	 */
	public Optional<Provider> get(String name) {
		return Optional.ofNullable(this.providers.get(name));
	}

}
