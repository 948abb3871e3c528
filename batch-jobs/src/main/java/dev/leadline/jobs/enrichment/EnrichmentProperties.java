package dev.leadline.jobs.enrichment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enrichment runs.
 *
 * @param chunkSize items enriched and recorded per chunk
 * ({@code LEADLINE_ENRICHMENT_CHUNK_SIZE}): each chunk's results are recorded in one
 * transaction of a few set-based statements, so larger chunks spread that fixed cost over
 * more items; a crash repeats at most one chunk's stage calls (never their charges)
 */
@ConfigurationProperties("leadline.enrichment")
public record EnrichmentProperties(@DefaultValue("2000") int chunkSize) {

	public EnrichmentProperties {
		if (chunkSize < 1 || chunkSize > 10_000) {
			throw new IllegalArgumentException(
					"leadline.enrichment.chunk-size must be between 1 and 10000: " + chunkSize);
		}
	}

}
