package dev.leadline.api.companies;

import java.time.OffsetDateTime;

/** A company as listed, with how many of the tenant's contacts belong to it. */
public record CompanyView(long id, String name, String domain, String website, String industry, Integer employeeCount,
                          String city, String country, long contactCount, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
}
