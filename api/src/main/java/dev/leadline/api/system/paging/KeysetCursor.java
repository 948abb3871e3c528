package dev.leadline.api.system.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset cursor for lists with several orders: the order it was made for, the
 * last row's sort key (as text, null when the order is by id alone) and its id. A cursor
 * is only valid with the order it was made for.
 */
record KeysetCursor(String order, String key, long id) {

	public String encode() {
		String text = "k1\n" + order + "\n" + id + "\n" + (key == null ? "" : "=" + key);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws Cursor.InvalidCursorException when it was not made by {@link #encode} for
	 * this order
	 */
	public static KeysetCursor decode(String cursor, String order) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 4);
			if (parts.length != 4 || !parts[0].equals("k1")) {
				throw new Cursor.InvalidCursorException();
			}
			if (!parts[1].equals(order)) {
				throw new Cursor.InvalidCursorException("The cursor belongs to the order '" + parts[1] + "', not '"
						+ order + "': pass the same sort with it, or start again without a cursor.");
			}
			return new KeysetCursor(order, parts[3].isEmpty() ? null : parts[3].substring(1), Long.parseLong(parts[2]));
		}
		catch (IllegalArgumentException e) {
			throw new Cursor.InvalidCursorException();
		}
	}
}
