package dev.leadline.api.system.paging;

import dev.leadline.api.system.problems.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.springframework.http.HttpStatus;

/** Opaque keyset cursors over a numeric id. */
public final class Cursor {

	private Cursor() {
	}

	public static String encodeId(long id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidCursorException when the cursor was not made by {@link #encodeId}
	 */
	public static long decodeId(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith("id:")) {
				throw new InvalidCursorException();
			}
			return Long.parseLong(text.substring(3));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidCursorException();
		}
	}

	/** Cuts {@code limit + 1} fetched rows into a page and the cursor of the next one. */
	public static <T, P> P page(List<T> rows, int limit, ToLongFunction<T> id, BiFunction<List<T>, String, P> page) {
		if (rows.size() <= limit) {
			return page.apply(rows, null);
		}
		List<T> items = rows.subList(0, limit);
		return page.apply(List.copyOf(items), encodeId(id.applyAsLong(items.get(limit - 1))));
	}

	/** The cursor parameter is not one this API handed out. */
	public static class InvalidCursorException extends ApiException {

		public InvalidCursorException() {
			this("The cursor is not valid: pass back the nextCursor of a previous page unchanged.");
		}

		public InvalidCursorException(String detail) {
			super(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor", detail);
		}

	}

}
