package dev.leadline.api.companies;

import java.util.Arrays;
import java.util.List;

/** The columns of the companies export. */
final class CompanyCsv {

	static final List<String> HEADER = List.of("Company", "Company Domain", "Website", "Industry", "Employees", "City",
			"Country", "Contacts", "Created At", "Updated At", "Leadline ID");

	private CompanyCsv() {
	}

	static List<String> row(CompanyView c) {
		return Arrays.asList(c.name(), c.domain(), c.website(), c.industry(),
				c.employeeCount() == null ? null : c.employeeCount().toString(), c.city(), c.country(),
				Long.toString(c.contactCount()), c.createdAt().toInstant().toString(),
				c.updatedAt().toInstant().toString(), Long.toString(c.id()));
	}

}
