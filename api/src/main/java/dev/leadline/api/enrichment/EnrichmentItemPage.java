package dev.leadline.api.enrichment;

import java.util.List;

/**
 * A page of item results; {@code next} is the {@code after} of the next page, or null.
 */
public record EnrichmentItemPage(List<EnrichmentItemView> items, Long next) {
}
