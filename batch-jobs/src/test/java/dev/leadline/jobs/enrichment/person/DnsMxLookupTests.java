package dev.leadline.jobs.enrichment.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.SimpleResolver;

class DnsMxLookupTests {

	private StubDnsServer dns;

	private DnsMxLookup lookup;

	@BeforeEach
	void startStubDns() throws Exception {
		this.dns = new StubDnsServer()
			.with("acme.test. 300 IN MX 20 mx2.acme.test.", "acme.test. 300 IN MX 10 MX1.Acme.Test.",
					"nullmx.test. 300 IN MX 0 .", "aonly.test. 300 IN A 192.0.2.10",
					"v6only.test. 300 IN AAAA 2001:db8::1", "txtonly.test. 300 IN TXT \"v=spf1 -all\"")
			.withEmpty("empty.test.")
			.silentFor("slow.test.")
			.failingFor("broken.test.");
		SimpleResolver resolver = new SimpleResolver(this.dns.address());
		resolver.setTimeout(Duration.ofMillis(300));
		this.lookup = new DnsMxLookup(resolver, Duration.ofMillis(300));
	}

	@AfterEach
	void stopStubDns() throws Exception {
		this.dns.close();
	}

	@Test
	void mxHostsComeByPreference() {
		assertThat(this.lookup.lookup("acme.test"))
			.isEqualTo(new MxAnswer(MxAnswer.Kind.HAS_MX, List.of("mx1.acme.test", "mx2.acme.test"), "mx"));
	}

	@Test
	void aRecordServesAsImplicitMx() {
		assertThat(this.lookup.lookup("aonly.test"))
			.isEqualTo(new MxAnswer(MxAnswer.Kind.HAS_MX, List.of("aonly.test"), "implicit-mx"));
	}

	@Test
	void aaaaRecordServesAsImplicitMx() {
		assertThat(this.lookup.lookup("v6only.test").kind()).isEqualTo(MxAnswer.Kind.HAS_MX);
	}

	@Test
	void nonexistentDomainHasNoMx() {
		assertThat(this.lookup.lookup("nowhere.test"))
			.isEqualTo(new MxAnswer(MxAnswer.Kind.NO_MX, List.of(), "nxdomain"));
	}

	@Test
	void domainWithoutMxOrAddressHasNoMx() {
		assertThat(this.lookup.lookup("txtonly.test"))
			.isEqualTo(new MxAnswer(MxAnswer.Kind.NO_MX, List.of(), "no-records"));
		assertThat(this.lookup.lookup("empty.test").kind()).isEqualTo(MxAnswer.Kind.NO_MX);
	}

	@Test
	void nullMxMeansNoMail() {
		assertThat(this.lookup.lookup("nullmx.test"))
			.isEqualTo(new MxAnswer(MxAnswer.Kind.NO_MX, List.of(), "null-mx"));
	}

	@Test
	void silentServerIsUnavailable() {
		assertThat(this.lookup.lookup("slow.test"))
			.isEqualTo(new MxAnswer(MxAnswer.Kind.UNAVAILABLE, List.of(), "timeout"));
	}

	@Test
	void servfailIsUnavailable() {
		assertThat(this.lookup.lookup("broken.test"))
			.isEqualTo(new MxAnswer(MxAnswer.Kind.UNAVAILABLE, List.of(), "servfail"));
	}

	@Test
	void resolverFromPropertiesAsksTheConfiguredServer() {
		PersonStageProperties properties = new PersonStageProperties(
				List.of("127.0.0.1:" + this.dns.address().getPort()), Duration.ofMillis(500), 1, 100);
		CachingMxLookup cached = MxLookups.forRun(properties);
		assertThat(cached.lookup("acme.test").hosts()).containsExactly("mx1.acme.test", "mx2.acme.test");
		assertThat(cached.lookup("acme.test").kind()).isEqualTo(MxAnswer.Kind.HAS_MX);
		assertThat(this.dns.queries()).isEqualTo(1);
	}

}
