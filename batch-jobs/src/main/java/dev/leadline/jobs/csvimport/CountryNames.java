package dev.leadline.jobs.csvimport;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises countries written as ISO 3166 codes (alpha-2 or alpha-3) or as names in the languages the
 * importer understands.
 */
final class CountryNames {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
			Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));

	private static final Set<String> CODES = new HashSet<>();

	private static final Set<String> NAMES = new HashSet<>();

	static {
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			CODES.add(code.toLowerCase(Locale.ROOT));
			CODES.add(country.getISO3Country().toLowerCase(Locale.ROOT));
			LANGUAGES.forEach(language -> NAMES.add(HeaderText.normalise(country.getDisplayCountry(language))));
		}
		NAMES.addAll(List.of("usa", "us", "uk", "united states of america", "great britain", "england",
				"scotland", "wales", "holland", "deutschland", "espana", "italia", "nederland", "schweiz", "suisse",
				"osterreich", "belgie", "belgique"));
	}

	private CountryNames() {
	}

	static boolean isCountry(String value) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.length() == 2 || trimmed.length() == 3) {
			if (trimmed.chars().allMatch(Character::isLetter) && CODES.contains(trimmed.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return NAMES.contains(HeaderText.normalise(trimmed));
	}

}
