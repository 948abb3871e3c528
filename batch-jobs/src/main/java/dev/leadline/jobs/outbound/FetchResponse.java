package dev.leadline.jobs.outbound;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What came back.
 *
 * @param uri the last hop's URL (after redirects)
 * @param headers by lower-case name
 * @param mediaType the content type without parameters, lower case; null when absent
 */
public record FetchResponse(int status, URI uri, Map<String, List<String>> headers, String mediaType, byte[] body,
		int redirects, Duration elapsed) {

	/** The header's first value, or null. */
	public String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** The body as text in the charset the content type names (UTF-8 otherwise). */
	public String text() {
		return new String(this.body, charset());
	}

	public boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

	private Charset charset() {
		String type = header("content-type");
		if (type != null) {
			for (String parameter : type.split(";")) {
				String[] pair = parameter.trim().split("=", 2);
				if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
					try {
						return Charset.forName(pair[1].trim().replace("\"", ""));
					}
					catch (IllegalArgumentException ex) {
						return StandardCharsets.UTF_8;
					}
				}
			}
		}
		return StandardCharsets.UTF_8;
	}

}
