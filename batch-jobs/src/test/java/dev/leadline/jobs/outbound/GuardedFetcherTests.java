package dev.leadline.jobs.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.jobs.outbound.FetchRefusedException.Reason;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SSRF suite: every forbidden address form, schemes, ports, redirects, DNS rebinding,
 * slow and oversized answers. Each refusal names its reason and the stub server (on
 * loopback, the one address a test may allow) counts that nothing reached it.
 */
class GuardedFetcherTests {

	private static final List<String> HTML = List.of("text/html");

	private final StubHttpServer stub = new StubHttpServer();

	private final List<String> lookups = new ArrayList<>();

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.0.0.1.", "127.1", "127.0.1", "2130706433", "0x7f000001", "0x7f.0.0.1",
			"0x7f.1", "0177.0.0.1", "0177.1", "017700000001", "0x7F.0x00.0x00.0x01", "127.000.000.001", "0", "0.0.0.0",
			"0x0", "10.0.0.1", "012.0.0.1", "167772161", "172.16.0.1", "172.31.255.255", "192.168.1.1", "3232235777",
			"100.64.0.1", "100.127.255.254", "169.254.169.254", "2852039166", "0xa9.0xfe.0xa9.0xfe", "224.0.0.1",
			"239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1", "[::1]", "[::]",
			"[0:0:0:0:0:0:0:1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]",
			"[::ffff:10.0.0.1]", "[::ffff:169.254.169.254]", "[::127.0.0.1]", "[fc00::1]", "[fd12:3456:789a::1]",
			"[fe80::1]", "[fec0::1]", "[ff02::1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::1]", "[2001:0::1]",
			"[2001:db8::1]" })
	void everyForbiddenAddressFormIsRefusedBeforeAnyConnection(String host) {
		this.stub.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>reached</p>"));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults(), this::neverAsked);

		assertRefused(fetcher, "http://" + host + ":" + this.stub.port() + "/", Reason.FORBIDDEN_ADDRESS);
		assertRefused(fetcher, "http://" + host + "/", Reason.FORBIDDEN_ADDRESS);
		assertThat(this.lookups).as("numeric hosts never reach DNS").isEmpty();
		assertThat(this.stub.requests()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "internal.example", "LocalHost.", "metadata.google.internal" })
	void namesThatResolveToForbiddenAddressesAreRefused(String host) {
		this.stub.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>reached</p>"));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults(), resolving("127.0.0.1", "169.254.169.254"));

		assertRefused(fetcher, "http://" + host + ":" + this.stub.port() + "/", Reason.FORBIDDEN_ADDRESS);
		assertThat(this.stub.requests()).isZero();
	}

	@Test
	void aNameWithOnePublicAndOnePrivateAddressIsRefused() {
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults(), resolving("93.184.216.34", "10.1.2.3"));

		assertRefused(fetcher, "http://mixed.example/", Reason.FORBIDDEN_ADDRESS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://example.com/", "file:///etc/passwd", "gopher://example.com:70/",
			"jar:http://example.com/a.jar!/", "data:text/html,hi", "ws://example.com/", "dict://127.0.0.1:11211/" })
	void otherSchemesAreRefused(String url) {
		assertRefused(new GuardedFetcher(FetchLimits.defaults(), this::neverAsked), url, Reason.SCHEME);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.com:8080/", "https://example.com:22/", "http://example.com:6379/",
			"https://example.com:8443/", "http://example.com:0/" })
	void portsOtherThan80And443AreRefused(String url) {
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults(), resolving("93.184.216.34"));

		assertRefused(fetcher, url, Reason.PORT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://user@example.com/", "http://user:pw@127.0.0.1/", "http://[fe80::1%25eth0]/",
			"http://0x7g.1/", "http://1.2.3.4.5/", "http://256.1.1.1/", "http://1.16777216/", "http://%31%32%37.0.0.1/",
			"http:///path" })
	void malformedHostsAreRefused(String url) {
		assertRefused(new GuardedFetcher(FetchLimits.defaults(), this::neverAsked), url, Reason.MALFORMED_URL);
		assertThat(this.lookups).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://0xa9fea9fe/",
			"http://012.1/", "http://[::ffff:169.254.169.254]/", "http://[fd00::1]/", "http://192.168.0.1:443/" })
	void aRedirectToAForbiddenAddressIsRefused(String location) {
		this.stub.on("/hop", (exchange) -> StubHttpServer.redirect(exchange, 302, location));
		this.stub.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>reached</p>"));
		// Loopback allowed (the stub), yet the redirect target is checked as the first
		// URL was.
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), this::neverAsked);

		assertRefused(fetcher, this.stub.uri("/hop").toString(), Reason.FORBIDDEN_ADDRESS);
		assertThat(this.stub.requests("/")).isZero();
	}

	@Test
	void testsMayServeANamedHostFromALoopbackStubAndNothingElse() {
		this.stub.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>acme</p>"));
		InetSocketAddress stubAddress = new InetSocketAddress(InetAddress.getLoopbackAddress(), this.stub.port());
		HostResolver recording = (host) -> {
			this.lookups.add(host);
			return List.of(InetAddress.getByName("10.1.2.3"));
		};
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), recording,
				Map.of("acme.example", stubAddress));

		FetchResponse page = fetcher.fetch(FetchRequest.get(URI.create("http://acme.example/"), HTML));

		assertThat(page.text()).isEqualTo("<p>acme</p>");
		assertThat(this.lookups).as("the mapped host is not looked up").isEmpty();
		assertRefused(fetcher, "http://other.example/", Reason.FORBIDDEN_ADDRESS);
		assertThat(this.lookups).as("any other host is looked up and checked").containsExactly("other.example");
		assertThatThrownBy(
				() -> new GuardedFetcher(FetchLimits.defaults(), this::neverAsked, Map.of("acme.example", stubAddress)))
			.as("only with loopback allowed (tests)")
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), this::neverAsked,
				Map.of("acme.example", new InetSocketAddress("93.184.216.34", 80))))
			.as("only to loopback")
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRedirectToAnotherSchemeOrPortIsRefused() {
		this.stub.on("/ftp", (exchange) -> StubHttpServer.redirect(exchange, 301, "ftp://example.com/file"));
		this.stub.on("/port", (exchange) -> StubHttpServer.redirect(exchange, 307, "http://example.com:8080/"));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true),
				resolving("93.184.216.34"));

		assertRefused(fetcher, this.stub.uri("/ftp").toString(), Reason.SCHEME);
		assertRefused(fetcher, this.stub.uri("/port").toString(), Reason.PORT);
	}

	@Test
	void fiveRedirectsAreFollowedAndTheSixthIsRefused() {
		this.stub.on("/r", (exchange) -> {
			int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(3));
			StubHttpServer.redirect(exchange, 302, "/r/" + (n + 1));
		});
		this.stub.on("/r/5", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>five</p>"));
		this.stub.on("/loop", (exchange) -> StubHttpServer.redirect(exchange, 302, "/loop"));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), this::neverAsked);

		FetchResponse five = fetcher.fetch(FetchRequest.get(this.stub.uri("/r/0"), HTML));
		assertThat(five.text()).isEqualTo("<p>five</p>");
		assertThat(five.redirects()).isEqualTo(5);
		assertThat(five.uri().getPath()).isEqualTo("/r/5");
		assertRefused(fetcher, this.stub.uri("/loop").toString(), Reason.REDIRECTS);
		assertThat(this.stub.requests("/loop")).isEqualTo(6);
	}

	@Test
	void dnsRebindingFindsNothingToSwapBecauseTheNameIsResolvedOnce() {
		this.stub.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>first answer</p>"));
		AtomicInteger asked = new AtomicInteger();
		// First answer: the stub (loopback stands for a public address here); any later
		// answer: metadata.
		HostResolver rebinding = (host) -> List
			.of(InetAddress.getByName((asked.getAndIncrement() == 0) ? "127.0.0.1" : "169.254.169.254"));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), rebinding);

		FetchResponse response = fetcher
			.fetch(FetchRequest.get(URI.create("http://rebind.example:" + this.stub.port() + "/"), HTML));

		assertThat(response.text()).isEqualTo("<p>first answer</p>");
		assertThat(asked).hasValue(1);
		assertRefused(fetcher, "http://rebind.example:" + this.stub.port() + "/", Reason.FORBIDDEN_ADDRESS);
		assertThat(this.stub.requests()).isEqualTo(1);
	}

	@Test
	void aSlowDripIsCutOffAtTheTotalTimeout() {
		this.stub.on("/drip", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			for (int i = 0; i < 400; i++) {
				out.write('x');
				out.flush();
				Thread.sleep(50);
			}
		});
		// A byte every 50 ms against a read timeout 40 times longer: only the total
		// timeout
		// can end it, even on a loaded machine (a 500 ms read timeout was once hit
		// there).
		FetchLimits limits = new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
				1 << 20, 5, true);
		GuardedFetcher fetcher = new GuardedFetcher(limits, this::neverAsked);
		long started = System.nanoTime();

		assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(this.stub.uri("/drip"), HTML)))
			.isInstanceOfSatisfying(FetchFailedException.class, (ex) -> assertThat(ex.timedOut()).isTrue())
			.hasMessageContaining("total timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
	}

	@Test
	void aSilentServerTimesOutAtTheReadTimeout() {
		this.stub.on("/silent", (exchange) -> Thread.sleep(3000));
		FetchLimits limits = new FetchLimits(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(10),
				1 << 20, 5, true);
		long started = System.nanoTime();

		assertThatThrownBy(() -> new GuardedFetcher(limits, this::neverAsked)
			.fetch(FetchRequest.get(this.stub.uri("/silent"), HTML)))
			.isInstanceOfSatisfying(FetchFailedException.class, (ex) -> assertThat(ex.timedOut()).isTrue());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
	}

	@Test
	void anOversizedBodyIsRefusedWhetherDeclaredOrStreamed() {
		String big = "x".repeat(300_000);
		this.stub.on("/declared", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", big));
		this.stub.on("/streamed", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(big.getBytes(StandardCharsets.US_ASCII));
			}
		});
		FetchLimits limits = new FetchLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5),
				100_000, 5, true);
		GuardedFetcher fetcher = new GuardedFetcher(limits, this::neverAsked);

		assertRefused(fetcher, this.stub.uri("/declared").toString(), Reason.TOO_LARGE);
		assertRefused(fetcher, this.stub.uri("/streamed").toString(), Reason.TOO_LARGE);
	}

	@Test
	void anAnswerOfAnotherContentTypeIsRefusedUnread() {
		this.stub.on("/binary", (exchange) -> StubHttpServer.send(exchange, 200, "application/octet-stream", "MZ"));
		this.stub.on("/none", (exchange) -> StubHttpServer.send(exchange, 200, null, "<p>hi</p>"));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), this::neverAsked);

		assertRefused(fetcher, this.stub.uri("/binary").toString(), Reason.CONTENT_TYPE);
		assertRefused(fetcher, this.stub.uri("/none").toString(), Reason.CONTENT_TYPE);
	}

	@Test
	void loopbackIsRefusedUnlessTheTestSettingAllowsIt() {
		this.stub.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html; charset=UTF-8", "<p>ok ü</p>"));

		assertRefused(new GuardedFetcher(FetchLimits.defaults(), this::neverAsked), this.stub.uri("/").toString(),
				Reason.FORBIDDEN_ADDRESS);
		FetchResponse response = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), this::neverAsked)
			.fetch(FetchRequest.get(this.stub.uri("/"), HTML));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.mediaType()).isEqualTo("text/html");
		assertThat(response.text()).isEqualTo("<p>ok ü</p>");
		assertThat(this.stub.requests()).isEqualTo(1);
	}

	@Test
	void aPostOfJsonCarriesItsBodyAndHeaders() {
		this.stub.on("/v1/messages", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			StubHttpServer.send(exchange, 200, "application/json",
					"{\"echo\":" + body + ",\"key\":\"" + exchange.getRequestHeaders().getFirst("x-api-key") + "\"}");
		});
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), this::neverAsked);

		FetchResponse response = fetcher.fetch(FetchRequest.postJson(this.stub.uri("/v1/messages"),
				Map.of("x-api-key", "k1"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));

		assertThat(response.text()).isEqualTo("{\"echo\":{\"a\":1},\"key\":\"k1\"}");
	}

	@Test
	void nothingIsFetchedInsideATransaction() {
		this.stub.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>reached</p>"));
		GuardedFetcher fetcher = new GuardedFetcher(FetchLimits.defaults().withAllowLoopback(true), this::neverAsked);
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertRefused(fetcher, this.stub.uri("/").toString(), Reason.TRANSACTION_ACTIVE);
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		assertThat(this.stub.requests()).isZero();
	}

	private FetchRefusedException assertRefused(GuardedFetcher fetcher, String url, Reason reason) {
		try {
			fetcher.fetch(FetchRequest.get(URI.create(url), HTML));
		}
		catch (FetchRefusedException ex) {
			assertThat(ex.reason()).as("%s: %s", url, ex.getMessage()).isEqualTo(reason);
			return ex;
		}
		throw new AssertionError(url + " was not refused");
	}

	private List<InetAddress> neverAsked(String host) throws UnknownHostException {
		this.lookups.add(host);
		throw new UnknownHostException(host);
	}

	private HostResolver resolving(String... addresses) {
		return (host) -> {
			List<InetAddress> answer = new ArrayList<>();
			for (String address : addresses) {
				answer.add(InetAddress.getByName(address));
			}
			return answer;
		};
	}

}
