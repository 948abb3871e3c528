package dev.leadline.jobs.contactdata;

import java.util.Arrays;
import java.util.List;

/**
 * How senior a contact's title is, as enrichment classifies it (the values migration V9
 * allows).
 */
public enum Seniority {

	OWNER, C_LEVEL, VP, HEAD, DIRECTOR, MANAGER, SENIOR, ENTRY, INTERN;

	/** The names in order as one constant, for annotations (OpenAPI descriptions). */
	public static final String LIST = "OWNER, C_LEVEL, VP, HEAD, DIRECTOR, MANAGER, SENIOR, ENTRY, INTERN";

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
