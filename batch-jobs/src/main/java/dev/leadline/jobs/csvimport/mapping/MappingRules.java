package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.contactdata.CountryNames;
import dev.leadline.jobs.csvimport.ColumnMapping;
import dev.leadline.jobs.csvimport.MappingChoice;
import dev.leadline.jobs.csvimport.TargetField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a mapping against the file's columns; every problem is named. */
public final class MappingRules {

	static final int MAX_ATTRIBUTE_NAME = 100;

	private MappingRules() {
	}

	public static List<String> problems(MappingChoice choice, List<String> headers) {
		List<String> problems = new ArrayList<>();
		Set<Integer> columns = new HashSet<>();
		Map<TargetField, String> fields = new HashMap<>();
		Set<String> attributes = new HashSet<>();
		if (choice.columns() == null) {
			return List.of("columns is required.");
		}
		for (ColumnMapping column : choice.columns()) {
			if (column == null || column.field() == null) {
				problems.add("Every column needs a field.");
				continue;
			}
			if (column.column() < 0 || column.column() >= headers.size()) {
				problems.add("Column " + column.column() + " does not exist; the file has columns 0 to "
						+ (headers.size() - 1) + ".");
				continue;
			}
			String header = headers.get(column.column());
			if (!columns.add(column.column())) {
				problems.add("Column '" + header + "' is mapped twice.");
			}
			if (column.field().isUnique()) {
				String other = fields.putIfAbsent(column.field(), header);
				if (other != null) {
					problems.add("Columns '" + other + "' and '" + header + "' are both mapped to " + column.field()
							+ "; map one of them to CUSTOM or IGNORE.");
				}
			}
			if (column.field() == TargetField.CUSTOM) {
				String name = column.attribute() == null ? header : column.attribute().strip();
				if (name.isEmpty() || name.length() > MAX_ATTRIBUTE_NAME) {
					problems.add("The attribute name for column '" + header + "' must have 1 to " + MAX_ATTRIBUTE_NAME
							+ " characters.");
				}
				else if (!attributes.add(name.toLowerCase(Locale.ROOT))) {
					problems.add("Two columns are kept as the attribute '" + name + "'.");
				}
			}
			else if (column.attribute() != null) {
				problems.add("Column '" + header + "' has an attribute name but is not mapped to CUSTOM.");
			}
		}
		if (!fields.containsKey(TargetField.EMAIL) && !choice.allowWithoutEmail()) {
			problems.add("No column is mapped to EMAIL: map one, or set allowWithoutEmail to import contacts "
					+ "without e-mail addresses (they cannot be matched to existing contacts).");
		}
		String country = choice.defaultCountry();
		if (country != null && (!country.matches("[A-Z]{2}") || CountryNames.isoCode(country) == null)) {
			problems.add("defaultCountry must be an ISO 3166 alpha-2 code such as DE or US, not '"
					+ choice.defaultCountry() + "'.");
		}
		if (choice.existing() == null) {
			problems.add("existing is required: FILL_BLANKS or OVERWRITE.");
		}
		return problems;
	}

}
