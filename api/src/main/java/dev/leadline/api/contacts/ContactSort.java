package dev.leadline.api.contacts;

import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.api.system.paging.Keyset;
import java.util.List;
import org.jooq.Field;

/**
 * The orders of the contacts list, each a stored key plus the id as tie-breaker, each
 * served by an index starting with the tenant ({@code created} is the id itself: ids grow
 * with creation).
 */
enum ContactSort {

	CREATED("created", null), NAME("name", CONTACT.NAME_KEY), COMPANY("company", CONTACT.COMPANY_SORT),
	UPDATED("updated", CONTACT.UPDATED_AT);

	final String parameter;

	final Field<?> key;

	ContactSort(String parameter, Field<?> key) {
		this.parameter = parameter;
		this.key = key;
	}

	/**
	 * @throws dev.leadline.api.system.problems.InvalidParameterException for an order not
	 * offered
	 */
	static Keyset.Order parse(String value) {
		return Keyset.Order.parse(value, "-created", List.of(values()), s -> s.parameter, s -> s.key, CONTACT.ID);
	}

	/** The sort key of a row in an order, for its cursor. */
	static Object keyOf(Keyset.Order order, org.jooq.Record row) {
		return order.key() == null ? null : row.get(order.key());
	}

}
