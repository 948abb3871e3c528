package dev.leadline.jobs.reports;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a dossier as PDF: its XHTML laid out by openhtmltopdf on PDFBox, the fonts
 * embedded as subsets, the chart drawn by Batik. Safe to call from several threads.
 */
class DossierRenderer {

	private final DossierFonts fonts;

	/** Font metrics by family, weight and style: the same fonts for every dossier. */
	private final FSCacheEx<String, FSCacheValue> metrics = new Metrics();

	DossierRenderer(DossierFonts fonts) {
		OpenHtmlToPdfLog.install();
		this.fonts = fonts;
	}

	void render(Dossier dossier, OutputStream out) throws IOException {
		String html = DossierHtml.of(dossier);
		try (DossierFonts.Lease lease = this.fonts.borrow(); PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			lease.use(builder, document);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.metrics);
			builder.withProducer("Leadline");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
	}

	/** The characters of the dossier's text that no embedded font can draw. */
	String missingGlyphs(Dossier dossier) {
		return this.fonts.missing(String.join("\n", DossierText.of(dossier)));
	}

	private static final class Metrics implements FSCacheEx<String, FSCacheValue> {

		private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

		@Override
		public void put(String key, FSCacheValue value) {
			this.values.put(key, value);
		}

		@Override
		public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
			return this.values.computeIfAbsent(key, (missing) -> {
				try {
					return loader.call();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}

		@Override
		public FSCacheValue get(String key) {
			return this.values.get(key);
		}

	}

}
