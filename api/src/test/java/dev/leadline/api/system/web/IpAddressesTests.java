package dev.leadline.api.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressesTests {

	@ParameterizedTest
	@CsvSource({ "::ffff:10.0.0.1, 10.0.0.1", "::FFFF:0a00:0001, 10.0.0.1", "0:0:0:0:0:0:0:1, ::1", "::1, ::1",
			"0000:0000:0000:0000:0000:0000:0000:0001, ::1", "10.0.0.1, 10.0.0.1",
			"2001:DB8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
			"fe80:0:0:0:0:0:0:0, fe80::", "0:0:0:0:0:0:0:0, ::" })
	void addressesHaveOneWrittenForm(String written, String canonical) {
		assertThat(IpAddresses.canonical(written)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource({ "unknown", "evil.example.com", "1.2.3", "12" })
	void whatIsNotAnAddressIsAnsweredAsItCame(String text) {
		assertThat(IpAddresses.canonical(text)).isEqualTo(text);
	}

	@org.junit.jupiter.api.Test
	void nullStaysNull() {
		assertThat(IpAddresses.canonical(null)).isNull();
	}

}
