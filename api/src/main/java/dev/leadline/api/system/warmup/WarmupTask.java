package dev.leadline.api.system.warmup;

import java.util.List;

/**
 * One round of a request path's work, run by {@link Warmup} in a read-only transaction
 * scoped to a tenant that does not exist: its queries run the same code and SQL as a
 * request's and find no rows, so a task makes up the rows it maps and serialises.
 */
public interface WarmupTask {

	/** A tenant id no tenant has (ids start at 1): row level security shows no rows. */
	long NO_TENANT = -1;

	/**
	 * Does what one request of the path does, with {@code round} choosing among its
	 * variants (orders, first or later page).
	 */
	void run(int round);

	/** The round's variant: the rounds go through the variants in turn. */
	static <T> T variant(List<T> variants, int round) {
		return variants.get(round % variants.size());
	}

	/**
	 * Whether the round asks for a later page (with a cursor) rather than the first:
	 * every other pass over the variants, so each variant is warmed both ways.
	 */
	static boolean laterPage(List<?> variants, int round) {
		return (round / variants.size()) % 2 == 1;
	}

}
