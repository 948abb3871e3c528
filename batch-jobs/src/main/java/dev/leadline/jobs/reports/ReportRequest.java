package dev.leadline.jobs.reports;

import dev.leadline.jobs.selection.CompanyFilter;
import java.util.List;

/**
 * The companies a report covers: the listed ids, or those matching the companies browse
 * filter. Exactly one of the two.
 *
 * @param companyIds at most {@link #MAX_IDS} company ids
 * @param filter the filters of {@code GET /api/v1/companies}
 */
public record ReportRequest(List<Long> companyIds, CompanyFilter filter) {

	public static final int MAX_IDS = 10_000;

	public ReportRequest {
		companyIds = (companyIds == null) ? null : List.copyOf(companyIds);
	}

	public static ReportRequest ofIds(List<Long> ids) {
		return new ReportRequest(ids, null);
	}

	public static ReportRequest matching(CompanyFilter filter) {
		return new ReportRequest(null, filter);
	}

	/**
	 * @throws InvalidReportRequestException when it names neither or both, or too many
	 * ids
	 */
	void check() {
		if ((this.companyIds == null) == (this.filter == null)) {
			throw new InvalidReportRequestException("selection",
					"Give exactly one of 'ids' or 'filter' for the companies to report on.");
		}
		if (this.companyIds != null && (this.companyIds.isEmpty() || this.companyIds.size() > MAX_IDS)) {
			throw new InvalidReportRequestException("ids",
					"Give between 1 and " + MAX_IDS + " company ids, or a filter for more.");
		}
	}

}
