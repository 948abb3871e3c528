package dev.leadline.jobs.contactdata;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

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
		try {
			PhoneNumber number = UTIL.parse(value, country == null ? "ZZ" : country);
			return UTIL.isValidNumber(number) ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
