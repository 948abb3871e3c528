package dev.leadline.jobs.contactdata;

import java.util.Arrays;
import java.util.List;

/**
 * The department a contact's title places them in, as enrichment classifies it (the
 * values migration V9 allows).
 */
public enum Department {

	EXECUTIVE, ENGINEERING, PRODUCT, DESIGN, SALES, MARKETING, CUSTOMER_SUCCESS, SUPPORT, OPERATIONS, FINANCE, HR,
	LEGAL, IT, DATA, OTHER;

	/** The names in order as one constant, for annotations (OpenAPI descriptions). */
	public static final String LIST = "EXECUTIVE, ENGINEERING, PRODUCT, DESIGN, SALES, MARKETING, CUSTOMER_SUCCESS, "
			+ "SUPPORT, OPERATIONS, FINANCE, HR, LEGAL, IT, DATA, OTHER";

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
