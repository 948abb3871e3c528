package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.csvimport.SuggestedColumn;
import dev.leadline.jobs.csvimport.TargetField;
import dev.leadline.jobs.outbound.FetchRequest;
import dev.leadline.jobs.outbound.FetchResponse;
import dev.leadline.jobs.outbound.GuardedFetcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a language model (Anthropic's Messages API) about the columns the heuristics were
 * unsure of, with their headers and a few sample values, and takes its answer where it is
 * surer. Used only when an API key is configured; any failure (timeout, HTTP error, an
 * answer that is not the JSON asked for) keeps the heuristic suggestions, so an upload
 * never fails because of it.
 */
@Component
public class LlmMappingRefiner {

	private static final Logger log = LoggerFactory.getLogger(LlmMappingRefiner.class);

	static final int SAMPLE_VALUES = 5;

	private final LlmMappingProperties properties;

	private final JsonMapper json;

	private final GuardedFetcher fetcher;

	public LlmMappingRefiner(LlmMappingProperties properties, JsonMapper json, GuardedFetcher fetcher) {
		this.properties = properties;
		this.json = json;
		this.fetcher = fetcher;
	}

	public List<SuggestedColumn> refine(List<SuggestedColumn> suggestions, List<List<String>> sampleRows) {
		List<SuggestedColumn> unsure = suggestions.stream()
			.filter(s -> s.confidence() < properties.belowConfidence() && s.field() != TargetField.IGNORE)
			.toList();
		if (!properties.enabled() || unsure.isEmpty()) {
			return suggestions;
		}
		try {
			return merge(suggestions, ask(unsure, sampleRows));
		}
		catch (Exception ex) {
			log.warn("Language-model mapper not used for this file: {}", ex.toString());
			return suggestions;
		}
	}

	private Map<Integer, JsonNode> ask(List<SuggestedColumn> unsure, List<List<String>> sampleRows) throws Exception {
		String body = json.writeValueAsString(Map.of("model", properties.model(), "max_tokens", 1024, "messages",
				List.of(Map.of("role", "user", "content", prompt(unsure, sampleRows)))));
		// The guarded fetcher refuses inside a database transaction: waiting up to the
		// timeout for the model would hold a connection, and perhaps the import's row
		// lock.
		FetchResponse response = fetcher.fetch(FetchRequest.postJson(properties.baseUrl().resolve("/v1/messages"),
				Map.of("x-api-key", properties.apiKey(), "anthropic-version", "2023-06-01"),
				body.getBytes(StandardCharsets.UTF_8)), properties.timeout());
		if (response.status() != 200) {
			throw new IllegalStateException("HTTP " + response.status());
		}
		String text = json.readTree(response.text()).path("content").path(0).path("text").asString("");
		int start = text.indexOf('{');
		int end = text.lastIndexOf('}');
		if (start < 0 || end < start) {
			throw new IllegalStateException("the answer holds no JSON object");
		}
		Map<Integer, JsonNode> answers = new LinkedHashMap<>();
		for (JsonNode column : json.readTree(text.substring(start, end + 1)).path("columns")) {
			answers.put(column.path("column").asInt(-1), column);
		}
		return answers;
	}

	private static String prompt(List<SuggestedColumn> unsure, List<List<String>> sampleRows) {
		String fields = EnumSet.allOf(TargetField.class).stream().map(Enum::name).collect(Collectors.joining(", "));
		StringBuilder prompt = new StringBuilder("""
				You map columns of a CSV file of B2B contacts to fields. Fields: %s. \
				FULL_NAME is a whole person name to split; WEBSITE is a company website or domain; CUSTOM keeps \
				the column as an attribute; IGNORE drops it. For each column below answer the best field and your \
				confidence from 0 to 1. Answer only with JSON: {"columns":[{"column":<number>,"field":"<FIELD>",\
				"confidence":<number>}]}.
				Columns:
				""".formatted(fields));
		for (SuggestedColumn column : unsure) {
			List<String> values = sampleRows.stream()
				.map(row -> column.column() < row.size() ? row.get(column.column()) : "")
				.filter(v -> !v.isBlank())
				.limit(SAMPLE_VALUES)
				.map(v -> v.length() > 60 ? v.substring(0, 60) : v)
				.toList();
			prompt.append("- column ")
				.append(column.column())
				.append(", header \"")
				.append(column.header())
				.append("\", values ")
				.append(values)
				.append('\n');
		}
		return prompt.toString();
	}

	private static List<SuggestedColumn> merge(List<SuggestedColumn> suggestions, Map<Integer, JsonNode> answers) {
		Set<TargetField> taken = EnumSet.noneOf(TargetField.class);
		suggestions.stream()
			.filter(s -> s.field().isUnique() && !answers.containsKey(s.column()))
			.forEach(s -> taken.add(s.field()));
		List<SuggestedColumn> merged = new ArrayList<>(suggestions.size());
		for (SuggestedColumn s : suggestions) {
			JsonNode answer = answers.get(s.column());
			TargetField field = answer == null ? null : fieldOf(answer.path("field").asString(""));
			double confidence = answer == null ? 0 : Math.max(0, Math.min(1, answer.path("confidence").asDouble(0)));
			if (field != null && confidence > s.confidence() && (!field.isUnique() || taken.add(field))) {
				merged.add(new SuggestedColumn(s.column(), s.header(), field, Math.round(confidence * 100) / 100.0,
						"suggested by the language model (the header and values alone were unclear)"));
			}
			else {
				if (s.field().isUnique() && answer != null) {
					taken.add(s.field());
				}
				merged.add(s);
			}
		}
		return merged;
	}

	private static TargetField fieldOf(String name) {
		try {
			return TargetField.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
