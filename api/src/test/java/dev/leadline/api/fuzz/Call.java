package dev.leadline.api.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation's request under construction: path values and query pairs already
 * percent-encoded (or deliberately not), header values as raw bytes, the body as bytes.
 */
record Call(ApiDocument.Operation operation, Map<String, String> pathValues, List<String> query,
		Map<String, String> headers, byte[] body, boolean chunked) {

	static Call of(ApiDocument.Operation operation) {
		return new Call(operation, Map.of(), List.of(), Map.of(), null, false);
	}

	Call withPath(String name, String encoded) {
		Map<String, String> values = new LinkedHashMap<>(pathValues);
		values.put(name, encoded);
		return new Call(operation, values, query, headers, body, chunked);
	}

	Call withQuery(String pair) {
		List<String> pairs = new ArrayList<>(query);
		pairs.add(pair);
		return new Call(operation, pathValues, pairs, headers, body, chunked);
	}

	Call withHeader(String name, String raw) {
		Map<String, String> values = new LinkedHashMap<>(headers);
		values.put(name, raw);
		return new Call(operation, pathValues, query, values, body, chunked);
	}

	Call withoutHeader(String name) {
		Map<String, String> values = new LinkedHashMap<>(headers);
		values.remove(name);
		return new Call(operation, pathValues, query, values, body, chunked);
	}

	Call withBody(String contentType, byte[] bytes) {
		return withHeader("Content-Type", contentType).withBody(bytes);
	}

	Call withBody(byte[] bytes) {
		return new Call(operation, pathValues, query, headers, bytes, chunked);
	}

	Call sentChunked() {
		return new Call(operation, pathValues, query, headers, body == null ? new byte[0] : body, true);
	}

	RawHttp.Request request(String label) {
		String path = operation.path();
		for (Map.Entry<String, String> value : pathValues.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
		return new RawHttp.Request(operation.name() + " / " + label, operation.method(), target, headers, body,
				chunked);
	}

}
