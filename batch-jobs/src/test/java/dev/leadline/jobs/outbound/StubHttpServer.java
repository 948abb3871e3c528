package dev.leadline.jobs.outbound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stub HTTP server on loopback, on a free port: handlers by path, and a count of the
 * requests each path received (the stub's own counters).
 */
public final class StubHttpServer implements AutoCloseable {

	/** Answers one request. */
	@FunctionalInterface
	public interface Handler {

		void handle(HttpExchange exchange) throws Exception;

	}

	private final HttpServer server;

	private final java.util.concurrent.ExecutorService threads = Executors.newCachedThreadPool();

	private final ConcurrentMap<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final AtomicInteger total = new AtomicInteger();

	public StubHttpServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	/** Serves {@code path} (and below it) with the handler. */
	public StubHttpServer on(String path, Handler handler) {
		this.server.createContext(path, (exchange) -> {
			this.total.incrementAndGet();
			this.requests.computeIfAbsent(exchange.getRequestURI().getPath(), (k) -> new AtomicInteger())
				.incrementAndGet();
			try {
				handler.handle(exchange);
			}
			catch (IOException ex) {
				// The client went away (a refused or timed-out fetch): nothing to answer.
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				exchange.close();
			}
		});
		return this;
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port() + path);
	}

	/** Requests received for exactly this path. */
	public int requests(String path) {
		AtomicInteger count = this.requests.get(path);
		return (count == null) ? 0 : count.get();
	}

	/** Requests received in all. */
	public int requests() {
		return this.total.get();
	}

	public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (contentType != null) {
			exchange.getResponseHeaders().set("Content-Type", contentType);
		}
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	public static void redirect(HttpExchange exchange, int status, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		exchange.sendResponseHeaders(status, -1);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
