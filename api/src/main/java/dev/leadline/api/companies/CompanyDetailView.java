package dev.leadline.api.companies;

import java.time.OffsetDateTime;
import java.util.Map;

/** A company with its custom attributes and a summary of its contacts (listed by GET /contacts?companyId=). */
public record CompanyDetailView(long id, String name, String domain, String website, String industry,
                                Integer employeeCount, String city, String country, Map<String, Object> attributes,
                                CompanySummaryView summary, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
