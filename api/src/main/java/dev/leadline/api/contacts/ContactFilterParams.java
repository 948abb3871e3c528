package dev.leadline.api.contacts;

import dev.leadline.api.system.problems.InvalidParameterException;
import dev.leadline.jobs.contactdata.Department;
import dev.leadline.jobs.contactdata.EmailStatus;
import dev.leadline.jobs.contactdata.Seniority;
import dev.leadline.jobs.selection.ContactFilter;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the contacts list, the export and the bulk delete (as query parameters,
 * or as a JSON body). Lists match any of their values; parameters combine with AND.
 */
public record ContactFilterParams(@Parameter(
		description = "Substring of the name, e-mail or company name (case-insensitive)") @Size(max = 200) String q,
		@Parameter(description = "Contacts of this company") @Positive Long companyId,
		@Parameter(description = "ISO 3166 alpha-2 codes (repeatable)") @Size(max = 50) List<@Pattern(
				regexp = "^[A-Z]{2}$", message = "must be an ISO country code such as DE") String> country,
		@Parameter(description = "Title seniority (repeatable): " + Seniority.LIST) @Size(
				max = 20) List<String> seniority,
		@Parameter(description = "Department (repeatable): " + Department.LIST) @Size(max = 20) List<String> department,
		@Parameter(description = "E-mail status (repeatable): UNVERIFIED, VALID, RISKY, INVALID, UNKNOWN") @Size(
				max = 5) List<String> emailStatus,
		@Parameter(description = "Created at or after (ISO-8601 instant)") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime createdFrom,
		@Parameter(description = "Created before (ISO-8601 instant)") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime createdTo,
		@Parameter(description = "Updated at or after (ISO-8601 instant)") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime updatedFrom,
		@Parameter(description = "Updated before (ISO-8601 instant)") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime updatedTo,
		@Parameter(description = "Contacts created by this import") @Positive Long importId,
		@Parameter(description = "Only contacts with (true) or without (false) an e-mail") Boolean hasEmail,
		@Parameter(description = "Only contacts with (true) or without (false) a phone") Boolean hasPhone) {

	/**
	 * @throws InvalidParameterException naming the first value that is not one of its
	 * parameter's
	 */
	public ContactFilter toFilter() {
		known("seniority", seniority, Seniority.names());
		known("department", department, Department.names());
		known("emailStatus", emailStatus, EmailStatus.VALUES);
		if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
			throw new InvalidParameterException("createdTo", "must be after createdFrom");
		}
		if (updatedFrom != null && updatedTo != null && !updatedFrom.isBefore(updatedTo)) {
			throw new InvalidParameterException("updatedTo", "must be after updatedFrom");
		}
		return new ContactFilter(q, companyId, country, seniority, department, emailStatus, createdFrom, createdTo,
				updatedFrom, updatedTo, importId, hasEmail, hasPhone);
	}

	private static void known(String parameter, List<String> values, List<String> allowed) {
		if (values == null) {
			return;
		}
		for (String value : values) {
			if (value == null || !allowed.contains(value)) {
				throw new InvalidParameterException(parameter,
						"'" + value + "' is not one of " + String.join(", ", allowed));
			}
		}
	}
}
