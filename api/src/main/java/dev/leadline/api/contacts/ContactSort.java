package dev.leadline.api.contacts;

import static dev.leadline.db.jooq.Tables.CONTACT;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.Field;
import org.jooq.SortField;

/**
 * The orders of the contacts list, each a stored key plus the id as tie-breaker, each served by an index
 * starting with the tenant ({@code created} is the id itself: ids grow with creation).
 */
enum ContactSort {

	CREATED("created", null), NAME("name", CONTACT.NAME_KEY), COMPANY("company", CONTACT.COMPANY_SORT),
	UPDATED("updated", CONTACT.UPDATED_AT);

	static final String DEFAULT = "-created";

	static final String ALLOWED = Arrays.stream(values())
		.flatMap(s -> java.util.stream.Stream.of(s.parameter, "-" + s.parameter))
		.collect(Collectors.joining(", "));

	final String parameter;

	/** The key before the id, or null when the id is the whole key. */
	final Field<?> key;

	ContactSort(String parameter, Field<?> key) {
		this.parameter = parameter;
		this.key = key;
	}

	/** A sort parameter: a name, descending with a leading minus. */
	record Order(ContactSort sort, boolean descending) {

		static Order parse(String value) {
			String text = value == null || value.isBlank() ? DEFAULT : value.strip();
			boolean descending = text.startsWith("-");
			String name = descending ? text.substring(1) : text;
			for (ContactSort sort : values()) {
				if (sort.parameter.equals(name)) {
					return new Order(sort, descending);
				}
			}
			throw new IllegalArgumentException("must be one of " + ALLOWED + "; got '" + value + "'");
		}

		String parameter() {
			return (descending ? "-" : "") + sort.parameter;
		}

		List<SortField<?>> fields() {
			return sort.key == null ? List.of(descending ? CONTACT.ID.desc() : CONTACT.ID.asc())
					: List.of(descending ? sort.key.desc() : sort.key.asc(), descending ? CONTACT.ID.desc() : CONTACT.ID.asc());
		}

	}

}
