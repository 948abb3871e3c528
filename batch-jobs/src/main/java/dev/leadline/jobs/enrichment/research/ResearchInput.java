package dev.leadline.jobs.enrichment.research;

import static dev.leadline.db.jooq.Tables.COMPANY;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.JSONB;
import org.jooq.Record;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the model reads about one company: its own columns, the Company stage's facts
 * (values only) and its homepage's text.
 */
record ResearchInput(Map<String, Object> facts, String pageText) {

	boolean isEmpty() {
		return this.pageText.isBlank() && !this.facts.containsKey("description");
	}

	static ResearchInput of(Record company, String pageText, JsonMapper json) {
		Map<String, Object> facts = new LinkedHashMap<>();
		put(facts, "name", company.get(COMPANY.NAME));
		put(facts, "domain", company.get(COMPANY.DOMAIN));
		put(facts, "website", company.get(COMPANY.WEBSITE));
		put(facts, "industryAsImported", company.get(COMPANY.INDUSTRY));
		put(facts, "employeeCountAsImported", company.get(COMPANY.EMPLOYEE_COUNT));
		put(facts, "country", company.get(COMPANY.COUNTRY));
		JSONB enrichment = company.get(COMPANY.ENRICHMENT);
		if (enrichment != null) {
			try {
				JsonNode fields = json.readTree(enrichment.data());
				for (String field : new String[] { "description", "industry", "technologies", "countryHints",
						"language", "socialLinks" }) {
					JsonNode value = fields.path(field).path("value");
					if (!value.isMissingNode() && !value.isNull()) {
						facts.put(field, json.treeToValue(value, Object.class));
					}
				}
			}
			catch (JacksonException ex) {
				// Facts that do not read are left out; the page text remains.
			}
		}
		return new ResearchInput(facts, (pageText != null) ? pageText : "");
	}

	private static void put(Map<String, Object> facts, String key, Object value) {
		if (value != null) {
			facts.put(key, value);
		}
	}

}
