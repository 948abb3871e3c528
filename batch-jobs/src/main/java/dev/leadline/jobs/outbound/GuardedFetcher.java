package dev.leadline.jobs.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.sql.DataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only HTTP client of the process. Before each hop it checks the scheme (http,
 * https), the port (80, 443) and every address the host resolves to (one lookup; the
 * connection goes to an address of that answer, so DNS rebinding has nothing to swap);
 * redirects are hops like the first, at most {@link FetchLimits#maxRedirects()}. Answers
 * are bounded in time and size and refused unread when their content type is not
 * accepted. It refuses to run inside a database transaction, so no lock or pooled
 * connection is ever held while the outside world takes its time. Safe for concurrent
 * use.
 */
public class GuardedFetcher {

	private final FetchLimits limits;

	private final HostResolver resolver;

	private final AddressPolicy addresses;

	private final Http11Exchange http;

	private final Map<String, InetSocketAddress> testConnectTo;

	public GuardedFetcher(FetchLimits limits, HostResolver resolver) {
		this(limits, resolver, defaultTls(), Map.of());
	}

	/**
	 * A fetcher that connects to a stub server on loopback for the named hosts, whatever
	 * the port asked for (curl's {@code --connect-to}): end-to-end tests give companies
	 * real-looking domains and serve their sites locally.
	 * @param testConnectTo host name to loopback address and port
	 * @throws IllegalArgumentException unless loopback is allowed and every target is a
	 * loopback address
	 */
	public GuardedFetcher(FetchLimits limits, HostResolver resolver, Map<String, InetSocketAddress> testConnectTo) {
		this(limits, resolver, defaultTls(), testConnectTo);
	}

	GuardedFetcher(FetchLimits limits, HostResolver resolver, SSLSocketFactory tls) {
		this(limits, resolver, tls, Map.of());
	}

	private GuardedFetcher(FetchLimits limits, HostResolver resolver, SSLSocketFactory tls,
			Map<String, InetSocketAddress> testConnectTo) {
		testConnectTo.forEach((host, endpoint) -> {
			if (!limits.allowLoopback() || endpoint.getAddress() == null
					|| !endpoint.getAddress().isLoopbackAddress()) {
				throw new IllegalArgumentException("leadline.outbound.test-connect-to maps " + host + " to " + endpoint
						+ ": only loopback addresses, and only with leadline.outbound.allow-loopback=true (tests)");
			}
		});
		this.limits = limits;
		this.resolver = resolver;
		this.addresses = new AddressPolicy(limits.allowLoopback());
		this.http = new Http11Exchange(limits, tls);
		this.testConnectTo = Map.copyOf(testConnectTo);
	}

	public FetchLimits limits() {
		return this.limits;
	}

	/**
	 * @throws FetchRefusedException when the guard refuses a hop or the answer (nothing
	 * more is read)
	 * @throws FetchFailedException when the connection fails or times out
	 */
	public FetchResponse fetch(FetchRequest request) {
		return fetch(request, this.limits.totalTimeout());
	}

	/**
	 * As {@link #fetch(FetchRequest)}, within a shorter total time when {@code within} is
	 * shorter than the configured one (a person waiting on the answer).
	 */
	public FetchResponse fetch(FetchRequest request, Duration within) {
		assertNoTransaction();
		long started = System.nanoTime();
		long deadline = started + Math.min(within.toNanos(), this.limits.totalTimeout().toNanos());
		URI uri = request.uri();
		String method = request.method();
		byte[] body = request.body();
		for (int hop = 0;; hop++) {
			Target target = Target.of(uri);
			InetSocketAddress endpoint = this.testConnectTo.get(target.host());
			if (endpoint == null) {
				endpoint = new InetSocketAddress(checkedAddress(target), target.port());
			}
			Http11Exchange.Answer answer = exchange(target, endpoint, method, request, body, deadline);
			String location = answer.header("location");
			if (!request.followRedirects() || !isRedirect(answer.status()) || location == null) {
				return new FetchResponse(answer.status(), uri, answer.headers(), answer.mediaType(), answer.body(), hop,
						Duration.ofNanos(System.nanoTime() - started));
			}
			if (hop >= this.limits.maxRedirects()) {
				throw new FetchRefusedException(FetchRefusedException.Reason.REDIRECTS,
						"More than " + this.limits.maxRedirects() + " redirects from " + request.uri());
			}
			uri = next(uri, location);
			if (answer.status() == 303
					|| ((answer.status() == 301 || answer.status() == 302) && method.equals("POST"))) {
				method = "GET";
				body = null;
			}
		}
	}

	/**
	 * @throws FetchRefusedException inside a transaction or with a pooled connection
	 * bound to the thread
	 */
	static void assertNoTransaction() {
		boolean connectionBound = TransactionSynchronizationManager.getResourceMap()
			.keySet()
			.stream()
			.anyMatch(DataSource.class::isInstance);
		if (TransactionSynchronizationManager.isActualTransactionActive() || connectionBound) {
			throw new FetchRefusedException(FetchRefusedException.Reason.TRANSACTION_ACTIVE,
					"Outside calls are never made inside a database transaction: commit first, then call");
		}
	}

	private InetAddress checkedAddress(Target target) {
		List<InetAddress> candidates = resolve(target.host());
		for (InetAddress candidate : candidates) {
			String refusal = this.addresses.refusal(candidate);
			if (refusal != null) {
				throw new FetchRefusedException(FetchRefusedException.Reason.FORBIDDEN_ADDRESS, "The host "
						+ target.host() + " is or resolves to " + candidate.getHostAddress() + " (" + refusal + ")");
			}
		}
		InetAddress address = candidates.get(0);
		boolean testLoopback = this.addresses.allowsLoopback() && address.isLoopbackAddress();
		if (!testLoopback && target.port() != 80 && target.port() != 443) {
			throw new FetchRefusedException(FetchRefusedException.Reason.PORT,
					"Only ports 80 and 443 are fetched, not " + target.port());
		}
		return address;
	}

	private List<InetAddress> resolve(String host) {
		if (!HostLiterals.isName(host)) {
			return List.of(HostLiterals.parse(host));
		}
		try {
			List<InetAddress> answer = this.resolver.resolve(host);
			if (answer.isEmpty()) {
				throw new UnknownHostException(host);
			}
			return answer;
		}
		catch (UnknownHostException ex) {
			throw new FetchRefusedException(FetchRefusedException.Reason.UNRESOLVABLE,
					"The host " + host + " does not resolve");
		}
	}

	private Http11Exchange.Answer exchange(Target target, InetSocketAddress endpoint, String method,
			FetchRequest request, byte[] body, long deadline) {
		Map<String, String> headers = request.headers();
		if (!request.accept().isEmpty() && !headers.containsKey("Accept")) {
			headers = new java.util.HashMap<>(headers);
			headers.put("Accept", String.join(", ", request.accept()));
		}
		try {
			return this.http.exchange(target, endpoint, method, headers, body, deadline,
					(status, answerHeaders) -> wantBody(request, status, answerHeaders));
		}
		catch (SocketTimeoutException ex) {
			throw new FetchFailedException("Timed out fetching " + target.uri() + ": " + ex.getMessage(), true, ex);
		}
		catch (IOException ex) {
			throw new FetchFailedException("Fetching " + target.uri() + " failed: " + ex.getMessage(), false, ex);
		}
	}

	private static boolean wantBody(FetchRequest request, int status, Map<String, List<String>> headers) {
		if (request.followRedirects() && isRedirect(status) && headers.containsKey("location")) {
			return false;
		}
		if (status >= 200 && status < 300 && !request.accept().isEmpty()) {
			List<String> type = headers.get("content-type");
			String media = (type == null) ? null
					: type.get(0).split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
			if (media == null || !request.accept().contains(media)) {
				throw new FetchRefusedException(FetchRefusedException.Reason.CONTENT_TYPE,
						"The answer is " + media + ", not " + String.join(" or ", request.accept()));
			}
		}
		return true;
	}

	private static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	private static URI next(URI from, String location) {
		try {
			return from.resolve(new URI(location.trim()));
		}
		catch (java.net.URISyntaxException | IllegalArgumentException ex) {
			throw new FetchRefusedException(FetchRefusedException.Reason.REDIRECTS,
					"A redirect to an unusable location: " + location);
		}
	}

	private static SSLSocketFactory defaultTls() {
		try {
			return SSLContext.getDefault().getSocketFactory();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("No TLS", ex);
		}
	}

}
