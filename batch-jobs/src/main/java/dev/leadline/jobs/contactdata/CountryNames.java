package dev.leadline.jobs.contactdata;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises countries written as ISO 3166 codes (alpha-2 or alpha-3) or as names in the
 * languages the importer understands, and gives their alpha-2 code.
 */
public final class CountryNames {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
			Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));

	private static final Map<String, String> CODES = new HashMap<>();

	private static final Map<String, String> NAMES = new HashMap<>();

	static {
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			CODES.put(code.toLowerCase(Locale.ROOT), code);
			CODES.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
			LANGUAGES.forEach(language -> NAMES.put(key(country.getDisplayCountry(language)), code));
		}
		Map.ofEntries(Map.entry("usa", "US"), Map.entry("us", "US"), Map.entry("uk", "GB"),
				Map.entry("united states of america", "US"), Map.entry("great britain", "GB"),
				Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
				Map.entry("holland", "NL"), Map.entry("deutschland", "DE"), Map.entry("espana", "ES"),
				Map.entry("italia", "IT"), Map.entry("nederland", "NL"), Map.entry("schweiz", "CH"),
				Map.entry("suisse", "CH"), Map.entry("osterreich", "AT"), Map.entry("belgie", "BE"),
				Map.entry("belgique", "BE"))
			.forEach(NAMES::put);
	}

	private CountryNames() {
	}

	public static boolean isCountry(String value) {
		return isoCode(value) != null;
	}

	/**
	 * The ISO 3166 alpha-2 code of the country {@code value} names, or null when it names
	 * none.
	 */
	public static String isoCode(String value) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.length() == 2 || trimmed.length() == 3) {
			if (trimmed.chars().allMatch(Character::isLetter)) {
				String code = CODES.get(trimmed.toLowerCase(Locale.ROOT));
				if (code != null) {
					return code;
				}
			}
		}
		return NAMES.get(key(trimmed));
	}

	/**
	 * Lower case, accents and punctuation removed: {@code "Österreich"} and
	 * {@code "osterreich"} are one key.
	 */
	private static String key(String name) {
		String decomposed = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").strip();
	}

}
