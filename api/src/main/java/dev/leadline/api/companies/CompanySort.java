package dev.leadline.api.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;

import dev.leadline.api.system.paging.Keyset;
import java.util.List;
import org.jooq.Field;

/**
 * The orders of the companies list: a stored key and the id, each served by an index
 * starting with the tenant.
 */
enum CompanySort {

	NAME("name", COMPANY.NAME_KEY), CREATED("created", null), UPDATED("updated", COMPANY.UPDATED_AT);

	final String parameter;

	final Field<?> key;

	CompanySort(String parameter, Field<?> key) {
		this.parameter = parameter;
		this.key = key;
	}

	/**
	 * @throws dev.leadline.api.system.problems.InvalidParameterException for an order not
	 * offered
	 */
	static Keyset.Order parse(String value) {
		return Keyset.Order.parse(value, "name", List.of(values()), s -> s.parameter, s -> s.key, COMPANY.ID);
	}

}
