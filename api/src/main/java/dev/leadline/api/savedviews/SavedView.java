package dev.leadline.api.savedviews;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A saved view: the filters as the dashboard puts them in the page's address, the order
 * and the columns shown, in order.
 */
public record SavedView(long id, String name, Map<String, Object> filters, String sort, List<String> columns,
		OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
