package dev.leadline.jobs.contactdata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;

/**
 * Formats phone numbers as E.164 with libphonenumber, using the row's country (or the
 * import's default country) for numbers written without a country code.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * The number in E.164 ({@code +4930123456}), or null when it cannot be read as a
	 * valid number.
	 */
	public static String toE164(String value, String country) {
		PhoneNumber number = parse(value, country);
		return (number != null) ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
	}

	/**
	 * The number's E.164 form, country and line type, or null when it cannot be read as a
	 * valid number. A number without a country code is read as one of {@code country}
	 * (ISO 3166-1 alpha-2, any case; null when unknown). The apostrophe a spreadsheet or
	 * Leadline's export puts before {@code +49...} is ignored, as are extensions
	 * ({@code ext. 12}).
	 */
	public static PhoneDetails details(String value, String country) {
		PhoneNumber number = parse(value, country);
		if (number == null) {
			return null;
		}
		return new PhoneDetails(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
				UTIL.getRegionCodeForNumber(number), UTIL.getNumberType(number).name());
	}

	private static PhoneNumber parse(String value, String country) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.startsWith("'")) {
			text = text.substring(1);
		}
		try {
			PhoneNumber number = UTIL.parse(text, (country == null) ? "ZZ" : country.toUpperCase(Locale.ROOT));
			return UTIL.isValidNumber(number) ? number : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
