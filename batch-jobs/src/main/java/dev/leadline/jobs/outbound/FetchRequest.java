package dev.leadline.jobs.outbound;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One request through the {@link GuardedFetcher}.
 *
 * @param headers extra request headers (no line breaks); Host, Connection and
 * Content-Length are the fetcher's
 * @param accept the media types a successful answer may have (e.g. {@code text/html});
 * empty accepts any
 * @param followRedirects whether redirects are followed (each hop checked anew)
 */
public record FetchRequest(String method, URI uri, Map<String, String> headers, byte[] body, List<String> accept,
		boolean followRedirects) {

	public FetchRequest {
		headers = Map.copyOf(headers);
		accept = List.copyOf(accept);
		headers.forEach((name, value) -> {
			if (!name.matches("[A-Za-z0-9-]+") || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("Header " + name + " is not a plain header");
			}
		});
	}

	/** A GET that follows redirects. */
	public static FetchRequest get(URI uri, List<String> accept) {
		return new FetchRequest("GET", uri, Map.of(), null, accept, true);
	}

	/** A POST of JSON that does not follow redirects (an API call). */
	public static FetchRequest postJson(URI uri, Map<String, String> headers, byte[] body) {
		return new FetchRequest("POST", uri, headers, body, List.of("application/json"), false);
	}

}
