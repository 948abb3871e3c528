package dev.leadline.jobs.contactdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedInUrlsTests {

	@ParameterizedTest
	@CsvSource(nullValues = "null", delimiter = '|', value = {
			"https://www.linkedin.com/in/jane-doe|https://www.linkedin.com/in/jane-doe",
			"https://www.linkedin.com/in/jane-doe/|https://www.linkedin.com/in/jane-doe",
			"http://de.linkedin.com/in/Jane-Doe/?trk=x|https://www.linkedin.com/in/jane-doe",
			"https://uk.linkedin.com/in/jane-doe-1a2b3c4d|https://www.linkedin.com/in/jane-doe-1a2b3c4d",
			"linkedin.com/in/jane-doe#experience|https://www.linkedin.com/in/jane-doe",
			"www.linkedin.com/in/jane-doe/details/experience/|https://www.linkedin.com/in/jane-doe",
			"https://m.linkedin.com/in/jane-doe|https://www.linkedin.com/in/jane-doe",
			"https://www.linkedin.com/mwlite/in/jane-doe|https://www.linkedin.com/in/jane-doe",
			"https://mobile.linkedin.com/in/jane-doe?utm_source=share|https://www.linkedin.com/in/jane-doe",
			"HTTPS://WWW.LINKEDIN.COM/IN/JANE-DOE|https://www.linkedin.com/in/jane-doe",
			"https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller|https://www.linkedin.com/in/jürgen-müller",
			"https://www.linkedin.com/pub/jane-doe/12/345/6ab|https://www.linkedin.com/pub/jane-doe/12/345/6ab",
			"https://www.linkedin.com/in/ACoAAABcdEfGhIjKlMnOpQrStUvWxYz|https://www.linkedin.com/in/ACoAAABcdEfGhIjKlMnOpQrStUvWxYz",
			"https://www.linkedin.com/sales/people/ACwAAAxYz123AbC,NAME_SEARCH,abc|https://www.linkedin.com/sales/people/ACwAAAxYz123AbC,NAME_SEARCH,abc",
			"https://www.linkedin.com/company/acme-gmbh/about/|https://www.linkedin.com/company/acme-gmbh",
			"linkedin.com/company/acme|https://www.linkedin.com/company/acme",
			"https://www.linkedin.com/school/tu-berlin/|https://www.linkedin.com/school/tu-berlin",
			"https://example.com/in/jane|null", "https://notlinkedin.com/in/jane|null",
			"https://www.linkedin.com/in/|null", "https://www.linkedin.com/feed/|null", "jane doe|null" })
	void profileAndCompanyUrlsAreCanonical(String value, String expected) {
		assertThat(LinkedInUrls.normalise(value)).isEqualTo(expected);
	}

}
