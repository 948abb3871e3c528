package dev.leadline.db.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link TenantScope} of the current thread. Enter it before the transaction starts:
 * a connection declares the scope that was current when it was taken from the pool.
 */
public final class TenantContext {

	private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<TenantScope> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/**
	 * Enters {@code scope} until the returned handle is closed, which restores the
	 * previous scope.
	 */
	public static Entered enter(TenantScope scope) {
		TenantScope previous = CURRENT.get();
		CURRENT.set(scope);
		return () -> {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		};
	}

	public static <T> T call(TenantScope scope, Supplier<T> work) {
		try (Entered ignored = enter(scope)) {
			return work.get();
		}
	}

	/**
	 * Runs {@code work} across every tenant: platform administration and housekeeping
	 * only.
	 */
	public static <T> T system(Supplier<T> work) {
		return call(TenantScope.system(), work);
	}

	public static void run(TenantScope scope, Runnable work) {
		try (Entered ignored = enter(scope)) {
			work.run();
		}
	}

	/** A scope that was entered; closing it leaves it. */
	@FunctionalInterface
	public interface Entered extends AutoCloseable {

		@Override
		void close();

	}

}
