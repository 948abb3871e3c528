package dev.leadline.api.enrichment;

import java.util.List;

/**
 * A stage there is: what it enriches, the fields it fills and what a delivered item
 * costs.
 */
public record StageView(String name, String description, String entity, List<String> fields, int costPerItem) {
}
