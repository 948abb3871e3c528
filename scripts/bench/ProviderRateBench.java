import com.sun.net.httpserver.HttpServer;
import dev.leadline.jobs.outbound.FetchLimits;
import dev.leadline.jobs.outbound.FetchRequest;
import dev.leadline.jobs.outbound.GuardedFetcher;
import dev.leadline.jobs.outbound.Provider;
import dev.leadline.jobs.outbound.ProviderCall;
import dev.leadline.jobs.outbound.ProviderCalls;
import dev.leadline.jobs.outbound.ProviderSettings;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue #16's provider benchmark: N items (default 10,000), one call each, through the outbound layer (Provider:
 * rate limiter, bulkhead, breaker, retries; GuardedFetcher) against a stub provider on loopback that answers after
 * 200 ms and enforces 50 requests/s itself (a token bucket of 50, refilled evenly; 429 + Retry-After: 1 when empty).
 * Prints the sustained rate and, per second, the client's 200s and the stub's own counters (received, 429s).
 * Asserts nothing. Run by scripts/bench/providers.
 */
public class ProviderRateBench {

	public static void main(String[] args) throws Exception {
		int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		double limit = 50;
		Stub stub = new Stub(limit, 200);
		ProviderSettings settings = new ProviderSettings(URI.create("http://127.0.0.1:" + stub.port() + "/"), "k",
				"http", null, limit, 16, new BigDecimal("0.001"), 4, Duration.ofMillis(250), Duration.ofSeconds(4),
				Duration.ofSeconds(10), 100, 50, Duration.ofSeconds(30));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), (host) -> {
			throw new java.net.UnknownHostException(host);
		});
		Provider provider = new Provider("stub", settings, fetcher);
		ExecutorService workers = Executors.newFixedThreadPool(32);
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		Map<Long, AtomicInteger> okPerSecond = new ConcurrentHashMap<>();
		AtomicLong attempts = new AtomicLong();
		long started = System.nanoTime();
		stub.start(started);
		byte[] body = "{\"domain\":\"example.com\"}".getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < items; i++) {
			workers.submit(() -> {
				ProviderCalls calls = new ProviderCalls();
				try {
					provider.call(FetchRequest.postJson(settings.baseUrl().resolve("/v1/company"), Map.of(), body), calls);
					ok.incrementAndGet();
					okPerSecond.computeIfAbsent((System.nanoTime() - started) / 1_000_000_000L, (k) -> new AtomicInteger())
						.incrementAndGet();
				}
				catch (RuntimeException ex) {
					failed.incrementAndGet();
				}
				attempts.addAndGet(calls.all().size());
			});
		}
		workers.shutdown();
		workers.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("items %d, answered %d, failed %d, attempts %d, elapsed %.1f s%n", items, ok.get(),
				failed.get(), attempts.get(), seconds);
		System.out.printf("sustained rate: %.1f answered requests/s (limit %.0f/s, target >= %.0f/s)%n",
				ok.get() / seconds, limit, limit * 0.9);
		System.out.printf("stub: received %d, answered 200 %d, answered 429 %d%n", stub.received.get(),
				stub.answered.get(), stub.limited.get());
		System.out.println("second  client-200  stub-received  stub-429");
		long last = (long) seconds;
		for (long s = 0; s <= last; s++) {
			int client = okPerSecond.getOrDefault(s, new AtomicInteger()).get();
			int received = stub.receivedPerSecond.getOrDefault(s, new AtomicInteger()).get();
			int limited = stub.limitedPerSecond.getOrDefault(s, new AtomicInteger()).get();
			if (s < 5 || limited > 0 || s > last - 3 || s % 20 == 0) {
				System.out.printf("%6d  %10d  %13d  %8d%n", s, client, received, limited);
			}
		}
		long late429 = stub.limitedPerSecond.entrySet().stream().filter((e) -> e.getKey() >= 1).mapToLong((e) -> e.getValue().get()).sum();
		System.out.printf("429s after the first second: %d%n", late429);
		stub.stop();
	}

	/** A provider that allows {@code limit} requests per second (token bucket, burst = limit). */
	static final class Stub {

		final AtomicInteger received = new AtomicInteger();

		final AtomicInteger answered = new AtomicInteger();

		final AtomicInteger limited = new AtomicInteger();

		final Map<Long, AtomicInteger> receivedPerSecond = new ConcurrentHashMap<>();

		final Map<Long, AtomicInteger> limitedPerSecond = new ConcurrentHashMap<>();

		private final HttpServer server;

		private final ExecutorService threads = Executors.newFixedThreadPool(64);

		private final double limit;

		private double tokens;

		private long refilled = System.nanoTime();

		private volatile long started;

		Stub(double limit, long latencyMillis) throws Exception {
			this.limit = limit;
			this.tokens = limit;
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
			this.server.setExecutor(this.threads);
			this.server.createContext("/", (exchange) -> {
				long second = (System.nanoTime() - this.started) / 1_000_000_000L;
				this.received.incrementAndGet();
				this.receivedPerSecond.computeIfAbsent(second, (k) -> new AtomicInteger()).incrementAndGet();
				exchange.getRequestBody().readAllBytes();
				boolean allowed = take();
				try {
					Thread.sleep(latencyMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				byte[] answer = (allowed ? "{\"name\":\"Example\"}" : "{\"error\":\"rate limited\"}")
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				if (!allowed) {
					this.limited.incrementAndGet();
					this.limitedPerSecond.computeIfAbsent(second, (k) -> new AtomicInteger()).incrementAndGet();
					exchange.getResponseHeaders().set("Retry-After", "1");
				}
				else {
					this.answered.incrementAndGet();
				}
				exchange.sendResponseHeaders(allowed ? 200 : 429, answer.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer);
				}
			});
		}

		private synchronized boolean take() {
			long now = System.nanoTime();
			this.tokens = Math.min(this.limit, this.tokens + (now - this.refilled) / 1e9 * this.limit);
			this.refilled = now;
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

		int port() {
			return this.server.getAddress().getPort();
		}

		void start(long at) {
			this.started = at;
			this.server.start();
		}

		void stop() {
			this.server.stop(0);
			this.threads.shutdownNow();
		}

	}

}
