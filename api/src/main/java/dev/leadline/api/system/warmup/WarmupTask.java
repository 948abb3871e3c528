package dev.leadline.api.system.warmup;

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

}
