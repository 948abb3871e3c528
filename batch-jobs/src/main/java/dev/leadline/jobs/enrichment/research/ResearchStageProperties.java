package dev.leadline.jobs.enrichment.research;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deep research stage ({@code leadline.enrichment.research.*}).
 *
 * @param providers the language-model providers to ask, in order (names under
 * {@code leadline.outbound.providers}); the first valid answer wins; a provider without
 * an API key is left out ({@code api: openai} with a local server needs none)
 * @param costPerItem credits one researched company costs
 * @param tokenBudget the most tokens (input and output, retries included) one company may
 * use
 * @param maxOutputTokens the longest answer asked for
 * @param pageTextChars how much of the homepage's text the model reads
 * @param concurrency companies researched at once
 */
@ConfigurationProperties("leadline.enrichment.research")
public record ResearchStageProperties(@DefaultValue List<String> providers, @DefaultValue("10") int costPerItem,
		@DefaultValue("8000") int tokenBudget, @DefaultValue("800") int maxOutputTokens,
		@DefaultValue("6000") int pageTextChars, @DefaultValue("4") int concurrency) {

}
