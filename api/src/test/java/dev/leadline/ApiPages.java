package dev.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads list endpoints as a client does: a page, or every page by following nextCursor.
 */
public record ApiPages(HttpTestClient http, String token, JsonMapper json) {

	/** The body of a 200 answer. */
	public JsonNode ok(String path) {
		HttpResponse<String> response = http.get(path, token);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	/**
	 * The ids of every item of every page, in order ({@code path} has a query string
	 * already).
	 */
	public List<Long> allIds(String path) {
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode body = ok(
					path + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
			body.path("items").forEach(item -> ids.add(item.path("id").asLong()));
			cursor = body.path("nextCursor").isNull() ? null : body.path("nextCursor").asString();
		}
		while (cursor != null);
		return ids;
	}
}
