package dev.leadline.api.system.web;

import dev.leadline.api.system.problems.ProblemResponses;
import dev.leadline.api.system.problems.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, with 400 {@code invalid-query-string}, query strings that are not
 * percent-encoded UTF-8 or whose names or values carry control characters (NUL among
 * them, which PostgreSQL cannot store or compare), before any parameter reaches a
 * controller or a query.
 */
public class QueryStringFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	public QueryStringFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		String problem = query == null ? null : problemOf(query);
		if (problem != null) {
			ProblemResponses.write(response, ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-query-string",
					"Invalid query string", problem), json);
			return;
		}
		chain.doFilter(request, response);
	}

	/** What is wrong with the query string, in words; null when nothing is. */
	static String problemOf(String query) {
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			if (name == null) {
				return "A parameter name is not valid percent-encoded UTF-8.";
			}
			if (!printable(name)) {
				return "A parameter name contains a control character.";
			}
			String shown = "'" + name + "'";
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			if (value == null) {
				return "Parameter " + shown + " is not valid percent-encoded UTF-8.";
			}
			if (!printable(value)) {
				return "Parameter " + shown + " contains a control character (such as NUL), which is not allowed.";
			}
		}
		return null;
	}

	/** Strict decoding: null for a broken escape or bytes that are not UTF-8. */
	private static String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%') {
				int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
				int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
				if (low < 0) {
					return null;
				}
				bytes.write(high << 4 | low);
				i += 2;
			}
			else if (c > 0x7F) {
				// Tomcat refuses raw non-ASCII in the request line; nothing to decode
				// here.
				return null;
			}
			else {
				bytes.write(c == '+' ? ' ' : c);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static boolean printable(String text) {
		return text.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
	}

}
