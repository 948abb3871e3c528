package dev.leadline.jobs.logging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;

/**
 * An executor whose tasks run with the logging context of the thread that handed them
 * over (every submit and invokeAll goes through {@link #execute}); the pool thread's own
 * context is restored afterwards, so nothing leaks to its next task.
 */
public final class ContextPropagatingExecutorService extends AbstractExecutorService {

	private final ExecutorService delegate;

	private ContextPropagatingExecutorService(ExecutorService delegate) {
		this.delegate = delegate;
	}

	/** {@code delegate}, handing the submitter's logging context to its tasks. */
	public static ExecutorService of(ExecutorService delegate) {
		return new ContextPropagatingExecutorService(delegate);
	}

	@Override
	public void execute(Runnable task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		this.delegate.execute(() -> {
			Map<String, String> own = MDC.getCopyOfContextMap();
			setContext(context);
			try {
				task.run();
			}
			finally {
				setContext(own);
			}
		});
	}

	private static void setContext(Map<String, String> context) {
		if (context == null) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}

	@Override
	public void shutdown() {
		this.delegate.shutdown();
	}

	@Override
	public List<Runnable> shutdownNow() {
		return this.delegate.shutdownNow();
	}

	@Override
	public boolean isShutdown() {
		return this.delegate.isShutdown();
	}

	@Override
	public boolean isTerminated() {
		return this.delegate.isTerminated();
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
		return this.delegate.awaitTermination(timeout, unit);
	}

}
