package dev.leadline.jobs.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What one company's dossier shows.
 *
 * @param enrichment enriched fields with their source and date, fit score and summary
 * excluded (they have their own place)
 * @param fitScore the company's fit score (0-100), once an enrichment stage sets it
 * @param summary the enrichment summary, once a stage writes one
 * @param keyContacts the most senior contacts first
 * @param contactsBySeniority contact counts per seniority, in seniority order, with
 * {@code null} for not classified
 */
record Dossier(long companyId, String name, String domain, String website, String industry, Integer employees,
		String city, String country, List<EnrichedField> enrichment, EnrichedField fitScore, EnrichedField summary,
		List<KeyContact> keyContacts, Map<String, Integer> contactsBySeniority, int contactCount, Branding branding,
		OffsetDateTime generatedAt) {

	/** An enriched value and where and when it came from. */
	record EnrichedField(String field, String value, String source, String fetchedAt) {
	}

	record KeyContact(String name, String title, String seniority, String department, String email, String phone) {
	}

	/** How the tenant's documents look. */
	record Branding(String name, String colour, byte[] logo, String logoMediaType) {
	}

}
