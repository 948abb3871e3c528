package dev.leadline.api.contacts;

import java.time.OffsetDateTime;

/** A contact as listed: {@code name} is "First Last", else the e-mail. */
public record ContactView(long id, String email, String firstName, String lastName, String name, String title,
                          String phone, String city, String country, String linkedinUrl, String seniority,
                          String department, String emailStatus, CompanyRefView company, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
}
