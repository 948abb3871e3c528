package dev.leadline.jobs.contactdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeMailDomainsTests {

	@ParameterizedTest
	@ValueSource(strings = { "gmail.com", "yahoo.co.in", "yahoo.com.au", "yahoo.com.mx", "yahoo.co.id",
			"hotmail.com.br", "hotmail.co.jp", "outlook.com.br", "live.com.mx", "protonmail.ch", "gmx.at", "gmx.ch",
			"web.de", "yandex.ru", "yandex.ua", "mail.ru", "naver.com", "qq.com", "163.com", "126.com", "yeah.net",
			"sina.cn", "foxmail.com", "hanmail.net", "rediffmail.com", "libero.it", "seznam.cz", "wp.pl", "ukr.net",
			"abv.bg", "freemail.hu", "sapo.pt", "terra.com.br", "ig.com.br", "bigpond.com", "xtra.co.nz", "op.pl",
			"ya.ru", "rambler.ru", "email.cz", "azet.sk", "zoho.in", "tutanota.de", "hey.com" })
	void regionalMailboxProvidersAreFreeMail(String domain) {
		assertThat(FreeMailDomains.contains(domain)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "acme.com", "example.co.in", "siemens.de", "mail.acme.com", "yahoo-inc.com", "" })
	void companyDomainsAreNot(String domain) {
		assertThat(FreeMailDomains.contains(domain)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "YAHOO.CO.IN", " gmx.at " })
	void casesAndSurroundingSpaceDoNotMatter(String domain) {
		assertThat(FreeMailDomains.contains(domain)).isTrue();
	}

}
