package dev.leadline.jobs.enrichment.research;

import dev.leadline.jobs.outbound.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Anthropic's Messages API: {@code POST /v1/messages}. */
final class AnthropicMessages extends ModelClient {

	AnthropicMessages(JsonMapper json) {
		super(json);
	}

	@Override
	String path() {
		return "/v1/messages";
	}

	@Override
	Map<String, String> headers(Provider provider) {
		return Map.of("x-api-key", provider.settings().hasApiKey() ? provider.settings().apiKey() : "",
				"anthropic-version", "2023-06-01");
	}

	@Override
	Map<String, Object> body(Provider provider, String system, List<Turn> turns, int maxTokens) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("model", provider.settings().model());
		body.put("max_tokens", maxTokens);
		body.put("system", system);
		body.put("messages",
				turns.stream().map((turn) -> Map.of("role", turn.role(), "content", turn.text())).toList());
		return body;
	}

	@Override
	ModelReply reply(JsonNode answer) {
		StringBuilder text = new StringBuilder();
		answer.path("content").forEach((block) -> {
			if ("text".equals(block.path("type").asString(""))) {
				text.append(block.path("text").asString(""));
			}
		});
		String refusal = "refusal".equals(answer.path("stop_reason").asString(""))
				? (text.isEmpty() ? "declined to answer" : text.toString()) : null;
		JsonNode usage = answer.path("usage");
		return new ModelReply(text.toString(), refusal, usage.path("input_tokens").asInt(0),
				usage.path("output_tokens").asInt(0));
	}

}
