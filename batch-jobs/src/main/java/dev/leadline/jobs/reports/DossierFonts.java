package dev.leadline.jobs.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every dossier embeds (subsets of them): Noto Sans for Latin, Greek and
 * Cyrillic, then Noto Sans SC, JP and KR for Chinese, Japanese and Korean, each under the
 * SIL Open Font License (the build fetches them from the npm registry:
 * {@code batch-jobs/fonts}). Parsing a CJK font takes a quarter of a second, so parsed
 * fonts are kept and lent to one rendering at a time (a parsed font is not safe to share
 * between threads while PDFBox subsets it).
 */
class DossierFonts {

	/** The CSS font-family list: the first face that has a character draws it. */
	static final String FAMILIES = "'Noto Sans', 'Noto Sans SC', 'Noto Sans JP', 'Noto Sans KR'";

	private record Face(String family, int weight, String file) {
	}

	private static final List<Face> FACES = List.of(new Face("Noto Sans", 400, "NotoSans-Regular.ttf"),
			new Face("Noto Sans", 700, "NotoSans-Bold.ttf"), new Face("Noto Sans SC", 400, "NotoSansSC-Regular.ttf"),
			new Face("Noto Sans JP", 400, "NotoSansJP-Regular.ttf"),
			new Face("Noto Sans KR", 400, "NotoSansKR-Regular.ttf"));

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private final ConcurrentLinkedQueue<Map<Face, TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();

	private final List<CmapLookup> coverage = new ArrayList<>();

	DossierFonts() {
		for (Face face : FACES) {
			this.files.put(face.file(), read(face.file()));
		}
		Map<Face, TrueTypeFont> parsed = parse();
		for (Face face : FACES) {
			if (face.weight() == 400) {
				this.coverage.add(unicode(parsed.get(face)));
			}
		}
		this.idle.add(parse());
	}

	/** Fonts parsed for one rendering at a time; closing the lease gives them back. */
	Lease borrow() {
		Map<Face, TrueTypeFont> fonts = this.idle.poll();
		return new Lease((fonts != null) ? fonts : parse());
	}

	final class Lease implements AutoCloseable {

		private final Map<Face, TrueTypeFont> fonts;

		private Lease(Map<Face, TrueTypeFont> fonts) {
			this.fonts = fonts;
		}

		/**
		 * Offers the faces to a rendering of {@code document}; each is loaded only if
		 * used.
		 */
		void use(PdfRendererBuilder builder, PDDocument document) {
			for (Face face : FACES) {
				TrueTypeFont font = this.fonts.get(face);
				builder.useFont(new PDFontSupplier(null) {
					@Override
					public PDFont supply() {
						try {
							return PDType0Font.load(document, font, true);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				}, face.family(), face.weight(), FontStyle.NORMAL, true);
			}
		}

		@Override
		public void close() {
			DossierFonts.this.idle.add(this.fonts);
		}

	}

	/**
	 * The characters of {@code text} that no face has a glyph for (white space and
	 * controls aside), in order of appearance; empty when every one can be drawn.
	 */
	String missing(String text) {
		StringBuilder missing = new StringBuilder();
		text.codePoints().filter((cp) -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)).forEach((cp) -> {
			if (this.coverage.stream().allMatch((cmap) -> cmap.getGlyphId(cp) == 0)
					&& missing.indexOf(Character.toString(cp)) < 0) {
				missing.appendCodePoint(cp);
			}
		});
		return missing.toString();
	}

	private Map<Face, TrueTypeFont> parse() {
		Map<Face, TrueTypeFont> parsed = new LinkedHashMap<>();
		for (Face face : FACES) {
			try {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(this.files.get(face.file())));
				// Noto Sans's GSUB table names Devanagari first, so PDFBox would run its
				// Devanagari shaper, a regular expression built per string, over every
				// Latin line: most of a dossier's rendering time. Layout measures
				// unshaped text anyway.
				font.setEnableGsub(false);
				parsed.put(face, font);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Font " + face.file() + " cannot be read", ex);
			}
		}
		return parsed;
	}

	private static CmapLookup unicode(TrueTypeFont font) {
		try {
			return font.getUnicodeCmapLookup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String file) {
		try (InputStream in = DossierFonts.class.getResourceAsStream("fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException(
						"Font " + file + " is missing from the classpath: the build fetches the "
								+ "dossier fonts with scripts/fetch-fonts (npm registry)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
