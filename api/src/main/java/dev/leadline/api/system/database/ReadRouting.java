package dev.leadline.api.system.database;

import java.util.function.Supplier;

/**
 * Whether the current thread's read-only transactions may read from the read database
 * ({@code LEADLINE_DB_READ_URL}): set around browse requests ({@link ReplicaRead}) and
 * the bodies they stream. A transaction that may write always goes to the primary, inside
 * such a request too; with no read database configured this changes nothing.
 */
public final class ReadRouting {

	private static final ThreadLocal<Boolean> REPLICA = new ThreadLocal<>();

	private ReadRouting() {
	}

	/** Whether read-only transactions started now may go to the read database. */
	public static boolean replicaAllowed() {
		return REPLICA.get() != null;
	}

	/** Runs {@code work} with its read-only transactions allowed on the read database. */
	public static <T> T replica(Supplier<T> work) {
		Boolean outer = REPLICA.get();
		REPLICA.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				REPLICA.remove();
			}
		}
	}

	/** Like {@link #replica(Supplier)}, for work without a result. */
	public static void replica(Runnable work) {
		replica(() -> {
			work.run();
			return null;
		});
	}

	static void allow() {
		REPLICA.set(Boolean.TRUE);
	}

	static void clear() {
		REPLICA.remove();
	}

}
