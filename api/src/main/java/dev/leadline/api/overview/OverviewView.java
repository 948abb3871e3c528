package dev.leadline.api.overview;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's overview of a tenant over the last {@code days} days (UTC days, every
 * day present, zero when nothing happened): contacts and companies created, imports, job
 * outcomes, and how complete contacts are.
 */
public record OverviewView(int days, long contacts, long companies, List<CreatedPerDayView> contactsPerDay,
		List<CreatedPerDayView> companiesPerDay, List<ImportsPerDayView> importsPerDay, List<JobsPerDayView> jobsPerDay,
		CompletenessView completeness) {

	public record CreatedPerDayView(LocalDate day, long created) {
	}

	public record ImportsPerDayView(LocalDate day, long imports, long rows, long rejected) {
	}

	public record JobsPerDayView(LocalDate day, long completed, long failed, long stopped) {
	}

	/** Of the tenant's contacts, how many have each. */
	public record CompletenessView(long contacts, long withEmail, long withPhone, long withTitle, long withCompany) {
	}
}
