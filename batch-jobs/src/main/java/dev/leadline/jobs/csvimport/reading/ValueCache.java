package dev.leadline.jobs.csvimport.reading;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a costly pure function for values that repeat (a file has a
 * few thousand company websites across a million rows). Bounded: it starts over when
 * full. Safe for the threads that normalise one chunk's rows concurrently.
 */
final class ValueCache {

	private static final Object NONE = new Object();

	private final Map<String, Object> values = new ConcurrentHashMap<>();

	private final Function<String, String> function;

	private final int capacity;

	ValueCache(Function<String, String> function, int capacity) {
		this.function = function;
		this.capacity = capacity;
	}

	String get(String key) {
		Object cached = values.get(key);
		if (cached == null) {
			if (values.size() >= capacity) {
				values.clear();
			}
			String computed = function.apply(key);
			cached = computed == null ? NONE : computed;
			values.put(key, cached);
		}
		return cached == NONE ? null : (String) cached;
	}

}
