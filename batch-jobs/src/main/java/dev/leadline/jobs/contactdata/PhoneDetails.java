package dev.leadline.jobs.contactdata;

/**
 * A phone number read with libphonenumber.
 *
 * @param e164 the number in E.164 ({@code +4930123456})
 * @param regionCode the ISO 3166-1 alpha-2 country the number belongs to ({@code DE}), or
 * {@code 001} for non-geographic numbers (satellite, international freephone)
 * @param lineType libphonenumber's {@code PhoneNumberType} name: {@code MOBILE},
 * {@code FIXED_LINE}, {@code FIXED_LINE_OR_MOBILE} (where the plan does not tell them
 * apart, as in the US), {@code TOLL_FREE}, {@code PREMIUM_RATE}, {@code SHARED_COST},
 * {@code VOIP}, {@code PERSONAL_NUMBER}, {@code PAGER}, {@code UAN}, {@code VOICEMAIL} or
 * {@code UNKNOWN}
 */
public record PhoneDetails(String e164, String regionCode, String lineType) {
}
