package dev.leadline.jobs.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Dossiers rendered and read back with PDFBox (the same 3.0.7 openhtmltopdf renders
 * with): the text matches the data, names in any of the supported scripts come out as
 * written, drawn with embedded fonts.
 */
class DossierRendererTests {

	static final DossierFonts FONTS = new DossierFonts();

	final DossierRenderer renderer = new DossierRenderer(FONTS);

	@Test
	void theTextOfTheDossierIsTheCompanysData() throws IOException {
		Dossier dossier = aDossier("Acme Analytics GmbH").build();

		String text = text(render(dossier));

		assertThat(text).contains("Acme Analytics GmbH", "acme.example", "Software", "1,250", "Berlin, DE",
				"Company dossier", "Northwind Sales");
		assertThat(text).contains("82 fit score of 100 · source fit/model, as of 4 Dec 2026")
			.contains("A data platform for retail supply chains.");
		assertThat(text).contains("technologies", "Snowflake, dbt", "website/crawler", "3 Dec 2026");
		assertThat(text).containsSubsequence("Ada Lovelace", "Grace Hopper", "Linus Field");
		assertThat(text).contains("CTO", "ada@acme.example", "+49 30 1234567");
		assertThat(text).contains("Contacts by seniority", "C-level", "Director", "Not classified");
	}

	@Test
	void namesInGreekCyrillicChineseJapaneseAndKoreanRenderWithEmbeddedFonts() throws IOException {
		List<String> names = List.of("Παπαδόπουλος Ναυτιλιακή Α.Ε.", "Дмитрий Иванов", "北京数据科技有限公司", "株式会社さくら データ",
				"渡邊 髙橋", "김민준 서울");
		TestDossiers.Builder builder = aDossier(names.get(0));
		names.subList(1, names.size()).forEach((name) -> builder.contact(name, "Director", "DIRECTOR"));
		Dossier dossier = builder.build();
		assertThat(this.renderer.missingGlyphs(dossier)).as("characters no embedded font has").isEmpty();

		byte[] pdf = render(dossier);

		String text = text(pdf);
		names.forEach((name) -> assertThat(text).contains(name));
		List<PDFont> fonts = fonts(pdf);
		assertThat(fonts).allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		assertThat(fonts).extracting(PDFont::getName)
			.anyMatch((name) -> name.contains("NotoSans-"))
			.anyMatch((name) -> name.contains("NotoSansSC"))
			.anyMatch((name) -> name.contains("NotoSansKR"));
	}

	@Test
	void aCharacterNoFontHasIsFound() {
		Dossier dossier = aDossier("Smile 😀 Ltd ܐ").build();

		assertThat(this.renderer.missingGlyphs(dossier)).isEqualTo("😀ܐ");
	}

	@Test
	void markupInDataIsText() throws IOException {
		Dossier dossier = aDossier("<b>Bold & \"Co\"</b> \u0000{{body}}").build();

		assertThat(text(render(dossier))).contains("<b>Bold & \"Co\"</b> {{body}}");
	}

	@Test
	void aDossierWithNothingButANameRenders() throws IOException {
		Dossier bare = new Dossier(7, "Bare Co", null, null, null, null, null, null, List.of(), null, null, List.of(),
				Map.of(), 0, new Dossier.Branding("Tenant", "#1F4E79", null, null), OffsetDateTime.now());

		assertThat(text(render(bare))).contains("Bare Co", "Not enriched yet.", "No contacts at this company yet.");
	}

	/**
	 * Keeps a sample page as a test artifact, drawn by poppler's pdftoppm (another PDF
	 * reader than the PDFBox that wrote it): target/dossier-sample.pdf and .png.
	 */
	@Test
	void aSamplePageIsKeptAsAnArtifact() throws Exception {
		byte[] pdf = render(aDossier("Acme Analytics GmbH").build());
		Path target = Files.createDirectories(Path.of("target"));
		Files.write(target.resolve("dossier-sample.pdf"), pdf);
		Files.deleteIfExists(target.resolve("dossier-sample.png"));

		Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "110", "-f", "1", "-singlefile",
				"dossier-sample.pdf", "dossier-sample")
			.directory(target.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(pdftoppm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(pdftoppm.waitFor()).as("pdftoppm (poppler-utils) says: %s", output).isZero();

		BufferedImage page = ImageIO.read(target.resolve("dossier-sample.png").toFile());
		assertThat(page.getWidth()).as("A4 at 110 dpi").isBetween(905, 915);
		assertThat(page.getHeight()).isBetween(1280, 1290);
		assertThat(darkPixels(page)).as("pixels of text and chart").isGreaterThan(5_000);
	}

	private static int darkPixels(BufferedImage image) {
		int dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 384) {
					dark++;
				}
			}
		}
		return dark;
	}

	byte[] render(Dossier dossier) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.render(dossier, out);
		return out.toByteArray();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<PDFont> fonts(byte[] pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
		}
		return fonts;
	}

	static TestDossiers.Builder aDossier(String name) {
		return new TestDossiers.Builder(name);
	}

}
