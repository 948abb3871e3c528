package dev.leadline.jobs.csvimport.writing;

import dev.leadline.jobs.csvimport.ContactFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the rows of one chunk that share an e-mail address, the way the database merges
 * a row into an existing contact: with OVERWRITE later values win, with FILL_BLANKS
 * earlier values stay and blanks are filled. Either way the result does not depend on
 * where chunks begin and end.
 */
final class ChunkMerger {

	record Merged(List<ContactFields> contacts, int duplicates) {
	}

	private ChunkMerger() {
	}

	static Merged merge(List<ContactFields> rows, boolean overwrite) {
		Map<String, ContactFields> byEmail = new LinkedHashMap<>();
		List<ContactFields> withoutEmail = new ArrayList<>();
		int duplicates = 0;
		for (ContactFields row : rows) {
			if (row.email() == null) {
				withoutEmail.add(row);
				continue;
			}
			ContactFields earlier = byEmail.get(row.email());
			if (earlier == null) {
				byEmail.put(row.email(), row);
			}
			else {
				duplicates++;
				byEmail.put(row.email(), overwrite ? combine(row, earlier) : combine(earlier, row));
			}
		}
		List<ContactFields> contacts = new ArrayList<>(byEmail.values());
		contacts.addAll(withoutEmail);
		return new Merged(contacts, duplicates);
	}

	/**
	 * {@code preferred}'s values, with {@code other}'s where {@code preferred} has none.
	 */
	private static ContactFields combine(ContactFields preferred, ContactFields other) {
		Map<String, String> attributes = new LinkedHashMap<>(other.attributes());
		attributes.putAll(preferred.attributes());
		return new ContactFields(preferred.email(), or(preferred.firstName(), other.firstName()),
				or(preferred.lastName(), other.lastName()), or(preferred.title(), other.title()),
				or(preferred.phone(), other.phone()), or(preferred.city(), other.city()),
				or(preferred.country(), other.country()), or(preferred.linkedinUrl(), other.linkedinUrl()),
				or(preferred.companyName(), other.companyName()), or(preferred.companyDomain(), other.companyDomain()),
				attributes);
	}

	private static String or(String value, String fallback) {
		return value != null ? value : fallback;
	}

}
