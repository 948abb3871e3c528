package dev.leadline.api.audit;

/**
 * Escapes control characters so a logged value cannot forge lines or terminal sequences.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static String escape(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
			if (control && out == null) {
				out = new StringBuilder(value.length() + 16).append(value, 0, i);
			}
			if (out != null) {
				if (control) {
					out.append(String.format("\\u%04x", (int) c));
				}
				else {
					out.append(c);
				}
			}
		}
		return out == null ? value : out.toString();
	}

}
