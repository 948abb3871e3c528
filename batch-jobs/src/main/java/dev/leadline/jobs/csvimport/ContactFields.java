package dev.leadline.jobs.csvimport;

import java.util.Map;

/**
 * A row's values after normalisation, as they will be written; absent values are null.
 */
public record ContactFields(String email, String firstName, String lastName, String title, String phone, String city,
		String country, String linkedinUrl, String companyName, String companyDomain, Map<String, String> attributes) {
}
