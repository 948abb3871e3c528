package dev.leadline.jobs.selection;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which of a tenant's contacts a list, an export or a bulk delete covers. Every member is
 * optional; lists match any of their values, members combine with AND.
 *
 * @param q substring of the name, e-mail or company name, case-insensitive
 * @param createdFrom inclusive; {@code createdTo} exclusive (the same for updated)
 * @param importId contacts the import created
 */
public record ContactFilter(String q, Long companyId, List<String> countries, List<String> seniorities,
		List<String> departments, List<String> emailStatuses, OffsetDateTime createdFrom, OffsetDateTime createdTo,
		OffsetDateTime updatedFrom, OffsetDateTime updatedTo, Long importId, Boolean hasEmail, Boolean hasPhone) {

	public static final ContactFilter ALL = new ContactFilter(null, null, null, null, null, null, null, null, null,
			null, null, null, null);

	/** Whether the filter is a search term alone: nothing else narrows it. */
	public boolean searchOnly() {
		return new ContactFilter(null, companyId, countries, seniorities, departments, emailStatuses, createdFrom,
				createdTo, updatedFrom, updatedTo, importId, hasEmail, hasPhone)
			.equals(ALL);
	}

	public ContactFilter {
		q = q == null || q.isBlank() ? null : q.strip();
		countries = countries == null ? List.of() : List.copyOf(countries);
		seniorities = seniorities == null ? List.of() : List.copyOf(seniorities);
		departments = departments == null ? List.of() : List.copyOf(departments);
		emailStatuses = emailStatuses == null ? List.of() : List.copyOf(emailStatuses);
	}

}
