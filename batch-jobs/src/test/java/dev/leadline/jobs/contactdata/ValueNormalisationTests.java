package dev.leadline.jobs.contactdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueNormalisationTests {

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "Jane.Doe@Acme.COM, jane.doe@acme.com", "' ann@example.org ', ann@example.org",
					"mailto:Bob@Example.de, bob@example.de", "o'brien+tag@mail.example.ie, o'brien+tag@mail.example.ie",
					"not-an-email, null", "a@b, null", "two@@example.com, null", "spaces in@example.com, null",
					"dot.@example.com, null", "x@-bad-.com, null", "@example.com, null" })
	void emailAddressesAreCheckedAndLowerCased(String value, String expected) {
		assertThat(EmailAddresses.normalise(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", delimiter = '|',
			value = { "user@bücher.de|user@bücher.de", "User@BÜCHER.DE|user@bücher.de",
					"user@xn--bcher-kva.de|user@bücher.de", "USER@XN--BCHER-KVA.DE|user@bücher.de",
					"juergen.mueller@bäckerei.example|juergen.mueller@bäckerei.example", "li@例子.中国|li@例子.中国",
					"li@xn--fsqu00a.xn--fiqs8s|li@例子.中国", "a@münchen.de.|null", "jürgen@müller.de|null",
					"a@bü_cher.de|null" })
	void internationalisedDomainsAreAcceptedInOneUnicodeForm(String value, String expected) {
		assertThat(EmailAddresses.normalise(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "https://www.Acme.com/about, acme.com", "acme.com, acme.com",
					"http://shop.example.co.uk:8080/x?y=1, example.co.uk", "www.müller.de, xn--mller-kva.de",
					"blog.company.com.au, company.com.au", "localhost, null", "not a website, null",
					"https://co.uk, null", "192.168.1.1, null", "mailto:x@acme.io, acme.io" })
	void websitesAreReducedToTheirRegistrableDomain(String value, String expected) {
		assertThat(Domains.registrable(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "'030 1234567', DE, +49301234567", "'(415) 555-0134', US, +14155550134",
					"'+44 20 7946 0958', null, +442079460958", "'+1.650.253.0000', FR, +16502530000", "'12', DE, null",
					"'call me', US, null", "'030 1234567', null, null" })
	void phonesBecomeE164WithTheRowsOrDefaultCountry(String value, String country, String expected) {
		assertThat(PhoneNumbers.toE164(value, country)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", delimiter = '|',
			value = { "Jane Doe|Jane|Doe", "Ludwig van Beethoven|Ludwig|van Beethoven", "Curie, Marie|Marie|Curie",
					"Beethoven, Ludwig van|Ludwig|van Beethoven", "Dr. Jane Doe PhD|Jane|Doe", "Madonna|Madonna|null",
					"María José García López|María José García|López", "Martin Luther King, Jr.|Martin Luther|King" })
	void fullNamesAreSplit(String full, String first, String last) {
		assertThat(PersonNames.split(full)).isEqualTo(new PersonNames.Split(first, last));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "http://de.linkedin.com/in/Jane-Doe/?trk=x, https://www.linkedin.com/in/jane-doe",
					"linkedin.com/company/acme, https://www.linkedin.com/company/acme",
					"https://example.com/in/jane, null" })
	void linkedInUrlsAreCanonical(String value, String expected) {
		assertThat(LinkedInUrls.normalise(value)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "Germany, DE", "Deutschland, DE", "de, DE", "USA, US",
			"United Kingdom, GB", "uk, GB", "España, ES", "FRA, FR", "Narnia, null" })
	void countriesBecomeIsoCodes(String value, String expected) {
		assertThat(CountryNames.isoCode(value)).isEqualTo(expected);
	}

}
