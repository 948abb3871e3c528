package dev.leadline.jobs.csvimport.reading;

import dev.leadline.db.jooq.enums.ImportIssueSeverity;
import dev.leadline.jobs.contactdata.CountryNames;
import dev.leadline.jobs.contactdata.Domains;
import dev.leadline.jobs.contactdata.EmailAddresses;
import dev.leadline.jobs.contactdata.FreeMailDomains;
import dev.leadline.jobs.contactdata.LinkedInUrls;
import dev.leadline.jobs.contactdata.PersonNames;
import dev.leadline.jobs.contactdata.PhoneNumbers;
import dev.leadline.jobs.contactdata.SpreadsheetText;
import dev.leadline.jobs.csvimport.ColumnMapping;
import dev.leadline.jobs.csvimport.ContactFields;
import dev.leadline.jobs.csvimport.RowIssue;
import dev.leadline.jobs.csvimport.TargetField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a row as read into the contact it describes: values trimmed, e-mail checked and
 * lower-cased, phone in E.164, website reduced to a domain, full name split, lengths
 * bounded. A row that cannot be imported keeps every reason why, by column.
 */
public class ContactRowNormaliser implements ItemProcessor<SourceRow, ImportRow> {

	static final int MAX_ATTRIBUTE_LENGTH = 2_000;

	static final int MAX_SHOWN_VALUE = 200;

	private final ImportPlan plan;

	private final ValueCache domains = new ValueCache(Domains::registrable, 20_000);

	private final ValueCache countries = new ValueCache(CountryNames::isoCode, 2_000);

	/**
	 * The headers of the e-mail and phone columns (null when not mapped), for the row's
	 * issues.
	 */
	private final String emailHeader;

	private final String phoneHeader;

	public ContactRowNormaliser(ImportPlan plan) {
		this.plan = plan;
		this.emailHeader = headerOf(TargetField.EMAIL);
		this.phoneHeader = headerOf(TargetField.PHONE);
	}

	@Override
	public ImportRow process(SourceRow row) {
		if (row.problem() != null) {
			return rejected(row, List.of(RowIssue.error(null, null, row.problem())));
		}
		int columns = plan.headers().size();
		if (!fitsHeader(row.values()) && !(plan.fillMissingValues() && row.values().size() < columns)) {
			return rejected(row, List.of(RowIssue
				.error(null, null, "the row has " + row.values().size() + " fields; the header has " + columns
						+ (row.values().size() < columns ? " (fill missing values with blanks to import it)" : ""))));
		}
		RowValues values = new RowValues();
		List<RowIssue> issues = new ArrayList<>();
		if (row.values().size() < columns) {
			issues.add(RowIssue.warning(null, null, "the row has " + row.values().size() + " fields; the header has "
					+ columns + ": " + missingColumns(row.values().size()) + " left blank"));
		}
		for (ColumnMapping column : plan.mapping()) {
			// Leadline's own exports (contacts, rejected rows) protect formula-like
			// values.
			String value = column.column() < row.values().size()
					? SpreadsheetText.unprotected(row.values().get(column.column()).strip()).strip() : "";
			if (!value.isEmpty() && column.field() != TargetField.IGNORE) {
				if (row.undecodable().contains(column.column())) {
					issues.add(RowIssue.error(plan.headers().get(column.column()), shown(value), undecodable()));
				}
				else {
					read(column, value, values, issues);
				}
			}
		}
		ContactFields contact = values.contact(plan, issues, emailHeader, phoneHeader, domains);
		if (issues.stream().anyMatch(issue -> issue.severity() == ImportIssueSeverity.ERROR)) {
			return rejected(row, issues);
		}
		return new ImportRow(row.line(), contact, issues, null);
	}

	private void read(ColumnMapping column, String value, RowValues values, List<RowIssue> issues) {
		String header = plan.headers().get(column.column());
		String unreadable = unreadable(value);
		if (unreadable != null) {
			issues.add(RowIssue.error(header, shown(value), unreadable));
			return;
		}
		switch (column.field()) {
			case EMAIL -> {
				values.email = EmailAddresses.normalise(value);
				if (values.email == null) {
					issues.add(RowIssue.error(header, shown(value), "not a valid e-mail address"));
				}
			}
			case FIRST_NAME -> values.firstName = bounded(header, value, 200, issues);
			case LAST_NAME -> values.lastName = bounded(header, value, 200, issues);
			case FULL_NAME -> values.fullName = bounded(header, value, 400, issues);
			case JOB_TITLE -> values.title = bounded(header, value, 300, issues);
			case COMPANY_NAME -> values.companyName = bounded(header, value, 500, issues);
			case CITY -> values.city = bounded(header, value, 200, issues);
			case PHONE -> values.phone = bounded(header, value, 50, issues);
			case WEBSITE -> {
				values.domain = domains.get(value);
				if (values.domain == null) {
					issues.add(RowIssue.warning(header, shown(value), "no web domain in this value; ignored"));
				}
			}
			case COUNTRY -> {
				values.country = countries.get(value);
				if (values.country == null) {
					issues.add(RowIssue.warning(header, shown(value), "not a country Leadline knows; left empty"));
				}
			}
			case LINKEDIN_URL -> {
				values.linkedinUrl = LinkedInUrls.normalise(value);
				if (values.linkedinUrl == null) {
					issues.add(RowIssue.warning(header, shown(value),
							"not a LinkedIn profile or company URL; left empty"));
				}
			}
			case CUSTOM -> {
				String attribute = bounded(header, value, MAX_ATTRIBUTE_LENGTH, issues);
				if (attribute != null) {
					values.attributes.put(column.attribute() == null ? header : column.attribute(), attribute);
				}
			}
			case IGNORE -> {
			}
		}
	}

	/**
	 * Whether the row has the header's fields; extra fields that are all blank (a
	 * trailing delimiter, Excel's empty columns beyond the header) do not count.
	 */
	private boolean fitsHeader(List<String> values) {
		int columns = plan.headers().size();
		if (values.size() < columns) {
			return false;
		}
		for (int i = columns; i < values.size(); i++) {
			if (!values.get(i).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The columns from {@code first} on, named for people. */
	private String missingColumns(int first) {
		List<String> missing = plan.headers().subList(first, plan.headers().size());
		if (missing.size() == 1) {
			return "'" + missing.get(0) + "'";
		}
		if (missing.size() == 2) {
			return "'" + missing.get(0) + "' and '" + missing.get(1) + "'";
		}
		return "'" + missing.get(0) + "' and the " + (missing.size() - 1) + " columns after it";
	}

	private String undecodable() {
		String encoding = plan.settings() == null ? "in the file's encoding" : plan.settings().encoding();
		return "contains bytes that are not valid " + encoding
				+ " (shown as \uFFFD); correct them in the file, or choose the encoding it was saved in";
	}

	private static String unreadable(String value) {
		return value.indexOf('\0') >= 0 ? "contains a NUL character" : null;
	}

	private static String bounded(String header, String value, int max, List<RowIssue> issues) {
		if (value.length() > max) {
			issues.add(RowIssue.error(header, shown(value),
					"is " + value.length() + " characters long; at most " + max + " are allowed"));
			return null;
		}
		return value;
	}

	/**
	 * The value as stored for people: at most 200 characters, NUL (which PostgreSQL text
	 * refuses) as ␀.
	 */
	public static String shown(String value) {
		String shown = value.length() <= MAX_SHOWN_VALUE ? value
				: value.substring(0, MAX_SHOWN_VALUE) + "… (" + value.length() + " characters)";
		return shown.replace('\0', '\u2400');
	}

	private String headerOf(TargetField field) {
		return plan.mapping()
			.stream()
			.filter(c -> c.field() == field)
			.findFirst()
			.map(c -> plan.headers().get(c.column()))
			.orElse(null);
	}

	private static ImportRow rejected(SourceRow row, List<RowIssue> issues) {
		return new ImportRow(row.line(), null, issues, row.values());
	}

	/** One row's values while they are read. */
	private static final class RowValues {

		String email, firstName, lastName, fullName, title, phone, city, country, linkedinUrl, companyName, domain;

		final Map<String, String> attributes = new LinkedHashMap<>();

		ContactFields contact(ImportPlan plan, List<RowIssue> issues, String emailHeader, String phoneHeader,
				ValueCache domains) {
			if (fullName != null && (firstName == null || lastName == null)) {
				PersonNames.Split split = PersonNames.split(fullName);
				firstName = firstName == null ? split.first() : firstName;
				lastName = lastName == null ? split.last() : lastName;
			}
			if (phone != null) {
				String e164 = PhoneNumbers.toE164(phone, country != null ? country : plan.defaultCountry());
				if (e164 == null) {
					issues
						.add(RowIssue.warning(phoneHeader, shown(phone),
								"not a phone number Leadline can read"
										+ (country == null && plan.defaultCountry() == null
												? " (no country code and no default country)" : "")
										+ "; kept as given"));
				}
				else {
					phone = e164;
				}
			}
			boolean emailRejected = issues.stream()
				.anyMatch(issue -> issue.column() != null && issue.column().equals(emailHeader)
						&& issue.severity() == ImportIssueSeverity.ERROR);
			if (email == null && !plan.allowWithoutEmail()) {
				if (!emailRejected) {
					issues.add(RowIssue.error(emailHeader, "", "no e-mail address (the import requires one)"));
				}
			}
			else if (email == null && !emailRejected && firstName == null && lastName == null && phone == null
					&& linkedinUrl == null) {
				issues.add(RowIssue.error(null, null,
						"nothing identifies the contact: no e-mail, name, phone or LinkedIn URL"));
			}
			if (domain == null && email != null) {
				String emailDomain = EmailAddresses.domainOf(email);
				if (!FreeMailDomains.contains(emailDomain)) {
					domain = domains.get(emailDomain);
				}
			}
			return new ContactFields(email, firstName, lastName, title, phone, city, country, linkedinUrl, companyName,
					domain, attributes);
		}

	}

}
