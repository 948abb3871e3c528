package dev.leadline.jobs.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls made for one item (or one request), in order; safe to add to from several
 * threads. Each call is also counted in the process's {@link ProviderMetrics} when added.
 */
public final class ProviderCalls {

	private final List<ProviderCall> calls = new ArrayList<>();

	private final ProviderMetrics metrics;

	public ProviderCalls() {
		this(ProviderMetrics.NONE);
	}

	public ProviderCalls(ProviderMetrics metrics) {
		this.metrics = metrics;
	}

	public synchronized void add(ProviderCall call) {
		this.calls.add(call);
		this.metrics.called(call);
	}

	/** Replaces the last call (to add what its answer reported, such as tokens). */
	public synchronized void replaceLast(ProviderCall call) {
		this.calls.set(this.calls.size() - 1, call);
		this.metrics.reportedTokens(call);
	}

	public synchronized List<ProviderCall> all() {
		return List.copyOf(this.calls);
	}

	public synchronized ProviderCall last() {
		return this.calls.isEmpty() ? null : this.calls.get(this.calls.size() - 1);
	}

}
