package dev.leadline.jobs.enrichment.research;

import dev.leadline.jobs.outbound.FetchRequest;
import dev.leadline.jobs.outbound.FetchResponse;
import dev.leadline.jobs.outbound.Provider;
import dev.leadline.jobs.outbound.ProviderCall;
import dev.leadline.jobs.outbound.ProviderCalls;
import dev.leadline.jobs.outbound.ProviderUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks one language-model API through a {@link Provider} (so rate limits, retries, the
 * circuit breaker and call records apply), and reports the tokens each answer used on its
 * call record.
 */
abstract class ModelClient {

	/** One turn of the conversation. */
	record Turn(String role, String text) {
	}

	protected final JsonMapper json;

	ModelClient(JsonMapper json) {
		this.json = json;
	}

	static ModelClient of(String api, JsonMapper json) {
		return switch (api) {
			case "anthropic" -> new AnthropicMessages(json);
			case "openai" -> new OpenAiChat(json);
			default -> throw new IllegalArgumentException("Not a language-model API: " + api);
		};
	}

	/**
	 * @throws ProviderUnavailableException when the provider gives no usable answer
	 */
	ModelReply ask(Provider provider, String system, List<Turn> turns, int maxTokens, ProviderCalls calls) {
		byte[] body = this.json.writeValueAsString(body(provider, system, turns, maxTokens))
			.getBytes(StandardCharsets.UTF_8);
		FetchResponse response = provider
			.call(FetchRequest.postJson(provider.settings().baseUrl().resolve(path()), headers(provider), body), calls);
		if (!response.successful()) {
			throw new ProviderUnavailableException(provider.name(), false,
					provider.name() + " answered HTTP " + response.status() + ": " + abbreviate(response.text()), null);
		}
		try {
			ModelReply reply = reply(this.json.readTree(response.text()));
			ProviderCall last = calls.last();
			calls.replaceLast(last.withTokens(reply.inputTokens(), reply.outputTokens()));
			return reply;
		}
		catch (JacksonException ex) {
			throw new ProviderUnavailableException(provider.name(), false,
					provider.name() + " answered something that is not its API's JSON", ex);
		}
	}

	abstract String path();

	abstract Map<String, String> headers(Provider provider);

	abstract Map<String, Object> body(Provider provider, String system, List<Turn> turns, int maxTokens);

	abstract ModelReply reply(JsonNode answer);

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
	}

}
