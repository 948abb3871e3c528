package dev.leadline.jobs.csvimport.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.jobs.csvimport.TargetField;
import dev.leadline.jobs.csvimport.detection.CsvDetector;
import dev.leadline.jobs.csvimport.detection.Detection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Suggestions for the exports users bring most: Salesforce, LinkedIn, Apollo (HubSpot is
 * in MappingSuggesterTests).
 */
class RealWorldHeaderTests {

	@Test
	void salesforceContactReport() {
		assertThat(
				mapped("""
						"Contact ID","First Name","Last Name","Title","Account Name","Email","Phone","Mailing City","Mailing Country","Lead Source"
						"0035g00000A1","Jane","Doe","VP Sales","Acme Inc","jane@acme.com","(415) 555-0134","San Francisco","United States","Web"
						"0035g00000A2","Jürgen","Müller","CTO","Beispiel GmbH","j.mueller@beispiel.de","+49 30 1234567","Berlin","Germany","Event"
						"""))
			.containsEntry("First Name", TargetField.FIRST_NAME)
			.containsEntry("Last Name", TargetField.LAST_NAME)
			.containsEntry("Title", TargetField.JOB_TITLE)
			.containsEntry("Account Name", TargetField.COMPANY_NAME)
			.containsEntry("Email", TargetField.EMAIL)
			.containsEntry("Phone", TargetField.PHONE)
			.containsEntry("Mailing City", TargetField.CITY)
			.containsEntry("Mailing Country", TargetField.COUNTRY);
	}

	@Test
	void linkedInConnectionsExport() {
		assertThat(mapped("""
				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Jane,Doe,https://www.linkedin.com/in/janedoe,jane@acme.com,Acme,Head of Growth,12 Mar 2024
				Ana,López,https://www.linkedin.com/in/ana-lopez-123,,Ejemplo SL,Founder,02 Jan 2023
				""")).containsEntry("First Name", TargetField.FIRST_NAME)
			.containsEntry("Last Name", TargetField.LAST_NAME)
			.containsEntry("URL", TargetField.LINKEDIN_URL)
			.containsEntry("Email Address", TargetField.EMAIL)
			.containsEntry("Company", TargetField.COMPANY_NAME)
			.containsEntry("Position", TargetField.JOB_TITLE);
	}

	@Test
	void apolloPeopleExport() {
		assertThat(
				mapped("""
						First Name,Last Name,Title,Company,Email,Email Status,Person Linkedin Url,Website,Work Direct Phone,City,Country
						Jane,Doe,CEO,Acme,jane@acme.com,Verified,http://www.linkedin.com/in/janedoe,http://www.acme.com,+1 415-555-0134,Austin,United States
						Li,Wei,CFO,Example Ltd,li.wei@example.co.uk,Guessed,http://www.linkedin.com/in/liwei,http://example.co.uk,+44 20 7946 0958,London,United Kingdom
						"""))
			.containsEntry("Email", TargetField.EMAIL)
			.containsEntry("Person Linkedin Url", TargetField.LINKEDIN_URL)
			.containsEntry("Website", TargetField.WEBSITE)
			.containsEntry("Work Direct Phone", TargetField.PHONE)
			.containsEntry("Company", TargetField.COMPANY_NAME)
			.containsEntry("Title", TargetField.JOB_TITLE)
			.containsEntry("City", TargetField.CITY)
			.containsEntry("Country", TargetField.COUNTRY);
	}

	private static Map<String, TargetField> mapped(String csv) {
		Detection detection = new CsvDetector().detect(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		Map<String, TargetField> fields = new TreeMap<>();
		new MappingSuggester().suggest(detection.headers(), detection.sampleRows())
			.forEach(s -> fields.put(s.header(), s.field()));
		return fields;
	}

}
