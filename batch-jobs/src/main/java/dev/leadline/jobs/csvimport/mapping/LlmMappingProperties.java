package dev.leadline.jobs.csvimport.mapping;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional language-model mapper; off unless an API key is configured.
 *
 * @param apiKey Anthropic API key ({@code LEADLINE_ANTHROPIC_API_KEY}); empty: the mapper
 * is off
 * @param baseUrl the API's address (a stub in tests)
 * @param model the model asked
 * @param timeout how long an upload waits for the answer before keeping the heuristic
 * suggestions
 * @param belowConfidence only columns suggested with less confidence than this are asked
 * about
 */
@ConfigurationProperties("leadline.imports.llm")
public record LlmMappingProperties(String apiKey, URI baseUrl, String model, Duration timeout, double belowConfidence) {

	boolean enabled() {
		return apiKey != null && !apiKey.isBlank();
	}

}
