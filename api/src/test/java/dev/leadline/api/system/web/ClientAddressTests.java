package dev.leadline.api.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class ClientAddressTests {

	private final ClientAddress address = new ClientAddress(
			new HttpProperties(List.of("127.0.0.1", "10.0.0.0/8"), List.of(), DataSize.ofMegabytes(1)));

	@Test
	void forwardedForFromAnUntrustedPeerIsIgnored() {
		assertThat(address.of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
	}

	@Test
	void aTrustedProxysForwardedForNamesTheClient() {
		assertThat(address.of(request("127.0.0.1", "198.51.100.1"))).isEqualTo("198.51.100.1");
	}

	@Test
	void theRightmostUntrustedHopWinsSoAClientCannotSpoofItsAddress() {
		assertThat(address.of(request("127.0.0.1", "1.2.3.4, 198.51.100.1, 10.1.2.3"))).isEqualTo("198.51.100.1");
	}

	@Test
	void garbageInForwardedForFallsBackToThePeer() {
		assertThat(address.of(request("127.0.0.1", "evil.example.com"))).isEqualTo("127.0.0.1");
	}

	@Test
	void addressesAreAnsweredInOneWrittenForm() {
		assertThat(address.of(request("::ffff:203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
		assertThat(address.of(request("0:0:0:0:0:0:0:1", "198.51.100.1"))).isEqualTo("::1");
		assertThat(address.of(request("127.0.0.1", "::FFFF:198.51.100.1"))).isEqualTo("198.51.100.1");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		return request;
	}

}
