package dev.leadline.api.contacts;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the contacts export (in the import's vocabulary, so an export imports
 * back as it is).
 */
final class ContactCsv {

	static final List<String> HEADER = List.of("Email", "First Name", "Last Name", "Job Title", "Company",
			"Company Domain", "Phone", "City", "Country", "LinkedIn URL", "Seniority", "Department", "Email Status",
			"Created At", "Updated At", "Leadline ID");

	private ContactCsv() {
	}

	static List<String> row(ContactView c) {
		return Arrays.asList(c.email(), c.firstName(), c.lastName(), c.title(),
				c.company() == null ? null : c.company().name(), c.company() == null ? null : c.company().domain(),
				c.phone(), c.city(), c.country(), c.linkedinUrl(), c.seniority(), c.department(), c.emailStatus(),
				c.createdAt().toInstant().toString(), c.updatedAt().toInstant().toString(), Long.toString(c.id()));
	}

}
