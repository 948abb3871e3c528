package dev.leadline.api.enrichment;

import java.util.List;

/**
 * A stage there is: what it enriches, the fields it fills, what a delivered item costs,
 * and whether it can run now (deep research needs a configured language model).
 */
public record StageView(String name, String description, String entity, List<String> fields, int costPerItem,
		boolean available, String unavailableReason) {
}
