package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.contactdata.SpreadsheetText;
import dev.leadline.jobs.contactdata.CountryNames;
import dev.leadline.jobs.csvimport.TargetField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of one column's sample values: how many are filled, and what share look like
 * each kind of value a field can be recognised by.
 */
final class ColumnValues {

	private final int filled;

	private final Map<TargetField, Integer> matches = new EnumMap<>(TargetField.class);

	ColumnValues(List<String> values) {
		int count = 0;
		for (String raw : values) {
			// As the import will read it: without the apostrophe Leadline's exports put
			// before "+1 ...".
			String value = raw == null ? null : SpreadsheetText.unprotected(raw.strip());
			ValueShape shape = ValueShape.of(value);
			if (shape == ValueShape.EMPTY) {
				continue;
			}
			count++;
			fieldFor(shape, value).ifPresent(field -> matches.merge(field, 1, Integer::sum));
		}
		this.filled = count;
	}

	private static Optional<TargetField> fieldFor(ValueShape shape, String value) {
		return Optional.ofNullable(switch (shape) {
			case EMAIL -> TargetField.EMAIL;
			case LINKEDIN_URL -> TargetField.LINKEDIN_URL;
			case URL, DOMAIN -> TargetField.WEBSITE;
			case PHONE -> TargetField.PHONE;
			default -> CountryNames.isCountry(value) ? TargetField.COUNTRY : null;
		});
	}

	/** Whether values can confirm or contradict this field. */
	static boolean recognisable(TargetField field) {
		return switch (field) {
			case EMAIL, LINKEDIN_URL, WEBSITE, PHONE, COUNTRY -> true;
			default -> false;
		};
	}

	int filled() {
		return filled;
	}

	int matching(TargetField field) {
		return matches.getOrDefault(field, 0);
	}

	double share(TargetField field) {
		return filled == 0 ? 0 : matching(field) / (double) filled;
	}

	/**
	 * The largest share of values that look like an email, URL, LinkedIn profile or phone
	 * number.
	 */
	double contactShapeShare() {
		return List.of(TargetField.EMAIL, TargetField.LINKEDIN_URL, TargetField.WEBSITE, TargetField.PHONE)
			.stream()
			.mapToDouble(this::share)
			.max()
			.orElse(0);
	}

	/**
	 * How far to trust shares computed from this many values: 3 values count 0.75, 20
	 * count 0.95.
	 */
	double reliability() {
		return filled / (filled + 1.0);
	}

}
