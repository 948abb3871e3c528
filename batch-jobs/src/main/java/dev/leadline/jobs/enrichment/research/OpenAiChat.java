package dev.leadline.jobs.enrichment.research;

import dev.leadline.jobs.outbound.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any OpenAI-compatible chat completions endpoint ({@code POST /v1/chat/completions}):
 * OpenAI's, or a local model server's.
 */
final class OpenAiChat extends ModelClient {

	OpenAiChat(JsonMapper json) {
		super(json);
	}

	@Override
	String path() {
		return "/v1/chat/completions";
	}

	@Override
	Map<String, String> headers(Provider provider) {
		return provider.settings().hasApiKey() ? Map.of("Authorization", "Bearer " + provider.settings().apiKey())
				: Map.of();
	}

	@Override
	Map<String, Object> body(Provider provider, String system, List<Turn> turns, int maxTokens) {
		List<Map<String, String>> messages = new ArrayList<>();
		messages.add(Map.of("role", "system", "content", system));
		turns.forEach((turn) -> messages.add(Map.of("role", turn.role(), "content", turn.text())));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("model", provider.settings().model());
		body.put("max_tokens", maxTokens);
		body.put("messages", messages);
		return body;
	}

	@Override
	ModelReply reply(JsonNode answer) {
		JsonNode message = answer.path("choices").path(0).path("message");
		String refusal = message.path("refusal").isString() ? message.path("refusal").asString() : null;
		if (refusal == null
				&& "content_filter".equals(answer.path("choices").path(0).path("finish_reason").asString(""))) {
			refusal = "the content filter stopped the answer";
		}
		JsonNode usage = answer.path("usage");
		return new ModelReply(message.path("content").asString(""), refusal, usage.path("prompt_tokens").asInt(0),
				usage.path("completion_tokens").asInt(0));
	}

}
