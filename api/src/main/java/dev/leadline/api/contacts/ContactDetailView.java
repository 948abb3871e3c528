package dev.leadline.api.contacts;

import java.time.OffsetDateTime;
import java.util.Map;

/** A contact with everything Leadline knows of it. */
public record ContactDetailView(long id, String email, String firstName, String lastName, String name, String title,
                                String phone, String city, String country, String linkedinUrl, String seniority,
                                String department, String emailStatus, CompanyRefView company,
                                Map<String, Object> attributes, Long sourceImportId, Long lastImportId,
                                OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
