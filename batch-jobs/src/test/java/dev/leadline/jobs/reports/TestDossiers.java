package dev.leadline.jobs.reports;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data: a dossier with everything a dossier can show, changed where a test says. */
final class TestDossiers {

	private TestDossiers() {
	}

	static final class Builder {

		private final String name;

		private final List<Dossier.KeyContact> contacts = new ArrayList<>(List.of(
				new Dossier.KeyContact("Ada Lovelace", "CTO", "C_LEVEL", "ENGINEERING", "ada@acme.example",
						"+49 30 1234567"),
				new Dossier.KeyContact("Grace Hopper", "Director of Engineering", "DIRECTOR", "ENGINEERING",
						"grace@acme.example", null),
				new Dossier.KeyContact("Linus Field", null, null, null, "linus@acme.example", null)));

		Builder(String name) {
			this.name = name;
		}

		Builder contact(String name, String title, String seniority) {
			this.contacts.add(new Dossier.KeyContact(name, title, seniority, null, null, null));
			return this;
		}

		Dossier build() {
			Map<String, Integer> bySeniority = new LinkedHashMap<>();
			this.contacts.forEach((contact) -> bySeniority.merge(contact.seniority(), 1, Integer::sum));
			Map<String, Integer> ordered = new LinkedHashMap<>();
			bySeniority.keySet()
				.stream()
				.filter((key) -> key != null)
				.sorted()
				.forEach((key) -> ordered.put(key, bySeniority.get(key)));
			if (bySeniority.containsKey(null)) {
				ordered.put(null, bySeniority.get(null));
			}
			return new Dossier(42, this.name, "acme.example", "https://acme.example", "Software", 1250, "Berlin", "DE",
					List.of(new Dossier.EnrichedField("technologies", "Snowflake, dbt", "website/crawler",
							"2026-12-03T10:15:00Z")),
					new Dossier.EnrichedField("fitScore", "82", "fit/model", "2026-12-04T08:00:00Z"),
					new Dossier.EnrichedField("summary", "A data platform for retail supply chains.", "summary/llm",
							"2026-12-04T08:00:00Z"),
					List.copyOf(this.contacts), ordered, this.contacts.size(),
					new Dossier.Branding("Northwind Sales", "#0F766E", null, null),
					OffsetDateTime.parse("2026-12-05T09:00:00Z"));
		}

	}

}
