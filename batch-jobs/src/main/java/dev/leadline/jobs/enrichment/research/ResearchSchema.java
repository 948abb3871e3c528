package dev.leadline.jobs.enrichment.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields a model must answer, and the check of its answer: a JSON object with
 * {@code industry} from {@link #INDUSTRIES}, {@code employeeRange} from
 * {@link #EMPLOYEE_RANGES}, {@code businessModel} from {@link #BUSINESS_MODELS}, a
 * {@code summary} of 20 to 600 characters, {@code fitScore} 0 to 100 and one to five
 * {@code fitReasons}. Anything else, missing or extra, is an error named for the model to
 * correct.
 */
final class ResearchSchema {

	static final List<String> INDUSTRIES = List.of("Software & IT services", "Hardware & electronics",
			"Telecommunications", "Manufacturing & industrial", "Automotive", "Energy & utilities", "Chemicals",
			"Construction & real estate", "Retail & e-commerce", "Consumer goods", "Food & beverage",
			"Healthcare & life sciences", "Financial services", "Insurance", "Professional services",
			"Marketing & media", "Education", "Logistics & transportation", "Travel & hospitality", "Agriculture",
			"Public sector & non-profit", "Other");

	static final List<String> EMPLOYEE_RANGES = List.of("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000",
			"5001-10000", "10001+");

	static final List<String> BUSINESS_MODELS = List.of("B2B", "B2C", "B2B2C", "B2G", "Marketplace", "Non-profit");

	static final List<String> FIELDS = List.of("industry", "employeeRange", "businessModel", "summary", "fitScore",
			"fitReasons");

	private final JsonMapper json;

	ResearchSchema(JsonMapper json) {
		this.json = json;
	}

	/** The answer's fields when valid, else the errors. */
	record Checked(Map<String, Object> fields, List<String> errors) {

		boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/** The JSON the model is asked for, as the prompt states it. */
	static String shape() {
		return """
				{"industry": one of %s,
				 "employeeRange": one of %s,
				 "businessModel": one of %s,
				 "summary": "what the company does, 20 to 600 characters",
				 "fitScore": an integer from 0 to 100,
				 "fitReasons": ["one to five short reasons for the score"]}""".formatted(quoted(INDUSTRIES),
				quoted(EMPLOYEE_RANGES), quoted(BUSINESS_MODELS));
	}

	Checked check(String text) {
		List<String> errors = new ArrayList<>();
		JsonNode answer = object(text, errors);
		if (answer == null) {
			return new Checked(Map.of(), errors);
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		oneOf(answer, "industry", INDUSTRIES, fields, errors);
		oneOf(answer, "employeeRange", EMPLOYEE_RANGES, fields, errors);
		oneOf(answer, "businessModel", BUSINESS_MODELS, fields, errors);
		JsonNode summary = answer.path("summary");
		if (!summary.isString() || summary.asString().strip().length() < 20
				|| summary.asString().strip().length() > 600) {
			errors.add("summary must be a string of 20 to 600 characters");
		}
		else {
			fields.put("summary", summary.asString().strip());
		}
		JsonNode score = answer.path("fitScore");
		if (!score.isIntegralNumber() || score.asInt() < 0 || score.asInt() > 100) {
			errors.add("fitScore must be an integer from 0 to 100");
		}
		else {
			fields.put("fitScore", score.asInt());
		}
		reasons(answer.path("fitReasons"), fields, errors);
		answer.properties().forEach((property) -> {
			if (!FIELDS.contains(property.getKey())) {
				errors.add("unexpected field " + property.getKey());
			}
		});
		return new Checked(errors.isEmpty() ? fields : Map.of(), errors);
	}

	private JsonNode object(String text, List<String> errors) {
		int start = text.indexOf('{');
		int end = text.lastIndexOf('}');
		if (start < 0 || end < start) {
			errors.add("the answer holds no JSON object");
			return null;
		}
		try {
			JsonNode node = this.json.readTree(text.substring(start, end + 1));
			if (node.isObject()) {
				return node;
			}
		}
		catch (JacksonException ex) {
			// said below
		}
		errors.add("the answer's JSON object does not parse");
		return null;
	}

	private static void oneOf(JsonNode answer, String field, List<String> allowed, Map<String, Object> fields,
			List<String> errors) {
		JsonNode value = answer.path(field);
		if (!value.isString() || !allowed.contains(value.asString())) {
			errors.add(field + " must be one of " + quoted(allowed));
		}
		else {
			fields.put(field, value.asString());
		}
	}

	private static void reasons(JsonNode reasons, Map<String, Object> fields, List<String> errors) {
		if (!reasons.isArray() || reasons.isEmpty() || reasons.size() > 5) {
			errors.add("fitReasons must be a list of one to five strings");
			return;
		}
		List<String> list = new ArrayList<>();
		for (JsonNode reason : reasons) {
			if (!reason.isString() || reason.asString().isBlank() || reason.asString().length() > 300) {
				errors.add("each of fitReasons must be a non-empty string of at most 300 characters");
				return;
			}
			list.add(reason.asString().strip());
		}
		fields.put("fitReasons", list);
	}

	private static String quoted(List<String> values) {
		return values.stream().map((value) -> "\"" + value + "\"").toList().toString();
	}

}
