package dev.leadline.jobs.contactdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneDetailsTests {

	@ParameterizedTest
	@CsvSource(nullValues = "null", delimiter = '|', quoteCharacter = '"',
			value = { "030 1234567|DE|+49301234567|DE|FIXED_LINE", "0151 23456789|de|+4915123456789|DE|MOBILE",
					"'+49 151 23456789|null|+4915123456789|DE|MOBILE",
					"+44 20 7946 0958|US|+442079460958|GB|FIXED_LINE", "07911 123456|GB|+447911123456|GG|MOBILE",
					"(415) 555-0134|US|+14155550134|US|FIXED_LINE_OR_MOBILE",
					"0800 123 4567|GB|+448001234567|GB|TOLL_FREE", "06 12 34 56 78|FR|+33612345678|FR|MOBILE",
					"+34 912 34 56 78|null|+34912345678|ES|FIXED_LINE",
					"+49 30 1234567 ext. 12|null|+49301234567|DE|FIXED_LINE" })
	void numbersGetE164CountryAndLineType(String value, String country, String e164, String region, String type) {
		assertThat(PhoneNumbers.details(value, country)).isEqualTo(new PhoneDetails(e164, region, type));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", delimiter = '|', quoteCharacter = '"',
			value = { "030 1234567|null", "12|DE", "call me|US", "|DE", "'|DE", "+49 30|null" })
	void unreadableNumbersHaveNoDetails(String value, String country) {
		assertThat(PhoneNumbers.details(value, country)).isNull();
	}

}
