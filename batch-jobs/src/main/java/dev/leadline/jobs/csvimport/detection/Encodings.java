package dev.leadline.jobs.csvimport.detection;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * The encodings a file can be read in, by the names people know them by. Shift_JIS,
 * EUC-KR and Big5 are read with the Windows code pages that extend them (932, 949, 950),
 * as Excel and Windows write them; the stored and shown name stays the familiar one.
 */
public final class Encodings {

	/** Every encoding a user may choose, in the order they are offered. */
	public static final List<String> NAMES = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1",
			"ISO-8859-15", "Shift_JIS", "GB18030", "Big5", "EUC-KR");

	private static final Map<String, String> DECODERS = Map.of("Shift_JIS", "windows-31j", "EUC-KR", "x-windows-949",
			"Big5", "x-windows-950");

	private Encodings() {
	}

	/**
	 * The charset that reads files of an encoding named in {@link #NAMES}.
	 * @throws IllegalArgumentException when the name is not one of them
	 */
	public static Charset charset(String name) {
		if (!NAMES.contains(name)) {
			throw new IllegalArgumentException("encoding must be one of " + NAMES + ", not '" + name + "'");
		}
		return Charset.forName(DECODERS.getOrDefault(name, name));
	}

	/** The name a charset is stored and shown under. */
	static String nameOf(Charset charset) {
		return DECODERS.entrySet()
			.stream()
			.filter(entry -> Charset.forName(entry.getValue()).equals(charset))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(charset.name());
	}

}
