package dev.leadline.jobs.csvimport.detection;

import dev.leadline.jobs.csvimport.FormatOverrides;
import dev.leadline.jobs.csvimport.UnreadableCsvException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvDetectorTests {

	private final CsvDetector detector = new CsvDetector();

	@Test
	void readsHubSpotExportAsCommaSeparatedUtf8WithBom() {
		Detection detection = detectResource("hubspot-contacts.csv");

		assertThat(detection.encoding()).isEqualTo("UTF-8");
		assertThat(detection.hasBom()).isTrue();
		assertThat(detection.delimiter()).isEqualTo(',');
		assertThat(detection.quote()).isEqualTo('"');
		assertThat(detection.hasHeader()).isTrue();
		assertThat(detection.headers()).hasSize(12).startsWith("Record ID", "First Name").endsWith("Contact owner");
		assertThat(detection.sampleRows()).hasSize(3);
		assertThat(detection.sampleRows().get(1)).contains("Zoë", "Müller", "Müller & Söhne, GmbH");
		assertThat(detection.estimatedRows()).isEqualTo(3);
	}

	@Test
	void decodesWindows1252SemicolonExcelExportWithoutReplacementCharacters() {
		Detection detection = detectResource("excel-fr-windows1252.csv");

		assertThat(detection.encoding()).isEqualTo("windows-1252");
		assertThat(detection.hasBom()).isFalse();
		assertThat(detection.delimiter()).isEqualTo(';');
		assertThat(detection.headers()).containsExactly("Société", "Prénom", "Nom", "Courriel", "Téléphone");
		assertThat(detection.sampleRows()).hasSize(3);
		assertThat(detection.sampleRows().get(0)).containsExactly("Crème Brûlée SARL", "Hélène", "Lefèvre",
				"helene.lefevre@creme.example", "01 23 45 67 89");
		assertThat(detection.sampleRows().get(2)).startsWith("Öko Bäckerei, Zürich", "Jürgen", "Straße");
		assertThat(detection.sampleRows()).flatMap(row -> row).noneMatch(value -> value.contains("\uFFFD"));
	}

	@Test
	void readsUtf8WithoutBomAsUtf8() {
		Detection detection = detect("Prénom,Nom\nHélène,Lefèvre\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.encoding()).isEqualTo("UTF-8");
		assertThat(detection.hasBom()).isFalse();
		assertThat(detection.sampleRows()).containsExactly(List.of("Hélène", "Lefèvre"));
	}

	@Test
	void readsTabSeparatedFileWhoseValuesContainOtherDelimiters() {
		Detection detection = detectResource("contacts.tsv");

		assertThat(detection.delimiter()).isEqualTo('\t');
		assertThat(detection.headers()).containsExactly("email", "first_name", "last_name", "company");
		assertThat(detection.sampleRows()).extracting(row -> row.get(3))
			.containsExactly("Acme, Inc.", "Globex; Europe", "Initech | Labs");
	}

	@Test
	void readsPipeSeparatedFileWhoseValuesContainCommasAndSemicolons() {
		Detection detection = detectResource("contacts-pipe.txt");

		assertThat(detection.delimiter()).isEqualTo('|');
		assertThat(detection.headers()).containsExactly("Name", "E-Mail", "Firma", "Stadt", "Land");
		assertThat(detection.sampleRows().get(0)).containsExactly("Anna Schmidt", "anna@beispiel.example",
				"Beispiel AG, Köln", "Köln", "DE");
	}

	@Test
	void decodesUtf16LittleEndianWithBom() {
		Detection detection = detectResource("contacts-utf16le.csv");

		assertThat(detection.encoding()).isEqualTo("UTF-16LE");
		assertThat(detection.hasBom()).isTrue();
		assertThat(detection.delimiter()).isEqualTo(',');
		assertThat(detection.headers()).containsExactly("Nombre", "Apellido", "Correo electrónico", "Empresa", "Ciudad",
				"País");
		assertThat(detection.sampleRows().get(1)).containsExactly("João", "Gonçalves", "joao@exemplo.example",
				"Exemplo Lda", "São Paulo", "Brasil");
	}

	@Test
	void decodesUtf16BigEndianWithBom() {
		byte[] body = "email;name\nana@example.com;Ana Peña\n".getBytes(StandardCharsets.UTF_16BE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFE;
		bytes[1] = (byte) 0xFF;
		System.arraycopy(body, 0, bytes, 2, body.length);

		Detection detection = detect(bytes);

		assertThat(detection.encoding()).isEqualTo("UTF-16BE");
		assertThat(detection.delimiter()).isEqualTo(';');
		assertThat(detection.sampleRows()).containsExactly(List.of("ana@example.com", "Ana Peña"));
	}

	@Test
	void keepsDelimitersQuotesAndLineBreaksInsideQuotedFields() {
		Detection detection = detectResource("quoted-multiline.csv");

		assertThat(detection.delimiter()).isEqualTo(',');
		assertThat(detection.headers()).containsExactly("email", "name", "notes", "company");
		assertThat(detection.sampleRows()).hasSize(3);
		assertThat(detection.sampleRows().get(0)).containsExactly("ann@example.com", "Doe, Ann",
				"Met at the fair.\nWants a demo, next week", "Acme");
		assertThat(detection.sampleRows().get(1).get(2)).isEqualTo("Said \"call me\"\r\nafter lunch");
		assertThat(detection.sampleRows().get(2).get(3)).isEqualTo("Initech, Ltd");
		assertThat(detection.estimatedRows()).isEqualTo(3);
	}

	@Test
	void choosesSingleQuoteWhenItClearlyFitsBetter() {
		Detection detection = detect(
				"name,company\n'Doe, Ann','Acme, Inc'\n'Roe, Bob','Globex, Ltd'\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.quote()).isEqualTo('\'');
		assertThat(detection.sampleRows().get(0)).containsExactly("Doe, Ann", "Acme, Inc");
	}

	@Test
	void keepsDoubleQuoteWhenApostrophesAreOnlyInNames() {
		Detection detection = detect(
				"name,company\nO'Brien,Acme\nD'Arcy,\"Globex, Ltd\"\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.quote()).isEqualTo('"');
		assertThat(detection.sampleRows()).containsExactly(List.of("O'Brien", "Acme"),
				List.of("D'Arcy", "Globex, Ltd"));
	}

	@Test
	void recognisesFileWithoutHeader() {
		Detection detection = detectResource("no-header.csv");

		assertThat(detection.hasHeader()).isFalse();
		assertThat(detection.headers()).containsExactly("Column 1", "Column 2", "Column 3", "Column 4");
		assertThat(detection.sampleRows()).hasSize(3);
		assertThat(detection.sampleRows().get(0)).startsWith("alice@example.com", "Alice");
		assertThat(detection.estimatedRows()).isEqualTo(3);
	}

	@Test
	void recognisesUnknownColumnNamesByTheShapeOfTheValuesBelow() {
		Detection detection = detect("Kundenkennung,Bemerkung\n10442,ann@example.com\n10443,bob@example.com\n"
			.getBytes(StandardCharsets.UTF_8));

		assertThat(detection.hasHeader()).isTrue();
		assertThat(detection.headers()).containsExactly("Kundenkennung", "Bemerkung");
	}

	@Test
	void readsFirstRowShapedLikeTheRestAsData() {
		Detection detection = detect("Acme,Paris\nGlobex,Lyon\nInitech,Nantes\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.hasHeader()).isFalse();
		assertThat(detection.sampleRows()).hasSize(3).first().isEqualTo(List.of("Acme", "Paris"));
	}

	@Test
	void recognisesHeaderOfSingleColumnFile() {
		Detection detection = detect("Email\nann@example.com\nbob@example.com\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.hasHeader()).isTrue();
		assertThat(detection.headers()).containsExactly("Email");
		assertThat(detection.sampleRows()).containsExactly(List.of("ann@example.com"), List.of("bob@example.com"));
	}

	@Test
	void refusesPdfRenamedToCsv() {
		assertThatThrownBy(() -> detectResource("invoice-renamed.csv")).isInstanceOf(UnreadableCsvException.class)
			.hasMessageContaining("PDF");
	}

	@Test
	void refusesZipArchive() {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };

		assertThatThrownBy(() -> detect(zip)).isInstanceOf(UnreadableCsvException.class).hasMessageContaining("ZIP");
	}

	@Test
	void refusesTextWithNulBytes() {
		byte[] bytes = "email,name\nann@example.com,A\0n\n".getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> detect(bytes)).isInstanceOf(UnreadableCsvException.class)
			.hasMessageContaining("NUL byte at offset 28");
	}

	@Test
	void refusesEmptyFile() {
		assertThatThrownBy(() -> detectResource("empty.csv")).isInstanceOf(UnreadableCsvException.class)
			.hasMessage("The file is empty.");
	}

	@Test
	void refusesFileOfBlankLines() {
		assertThatThrownBy(() -> detect("\r\n\n  \n".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(UnreadableCsvException.class)
			.hasMessageContaining("blank");
	}

	@Test
	void refusesSingleLineWithoutDelimiterOrColumnNames() {
		assertThatThrownBy(() -> detect("Dear customer thank you for your order".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableCsvException.class)
			.hasMessageContaining("single line with no delimiter");
	}

	@Test
	void refusesUnclosedQuoteInFileReadWhole() {
		assertThatThrownBy(() -> detect("email,name\nann@example.com,\"Doe, Ann\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableCsvException.class)
			.hasMessageContaining("never closed")
			// The parser's words, not its exception class (a user reads this message).
			.hasMessageNotContaining("Exception")
			.hasMessageNotContaining("org.apache");
	}

	@Test
	void estimatesRowsOfFileLargerThanSampleFromItsSize() {
		StringBuilder csv = new StringBuilder("email,first name,last name\n");
		int rows = 60_000;
		for (int i = 0; i < rows; i++) {
			csv.append("person").append(i % 10_000).append("@example.com,Ann,Lee\n");
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

		Detection detection = detector.detect(new ByteArrayInputStream(bytes), bytes.length);

		assertThat(bytes.length).isGreaterThan(SampleDecoder.SAMPLE_LIMIT);
		assertThat(detection.sampleRows()).hasSize(CsvDetector.SAMPLE_ROWS);
		assertThat(detection.estimatedRows()).isBetween((long) (rows * 0.98), (long) (rows * 1.02));
	}

	@Test
	void keepsUtf8WhenSampleLimitCutsThroughAnAccentedCharacter() {
		byte[] bytes = utf8FileWithTwoByteCharacterAcrossSampleLimit();

		Detection detection = detector.detect(new ByteArrayInputStream(bytes), bytes.length);

		assertThat(detection.encoding()).isEqualTo("UTF-8");
		assertThat(detection.sampleRows().get(1)).containsExactly("hélène@example.com", "Hélène");
	}

	@Test
	void readsAUtf8FileWithOneInvalidByteAsUtf8() {
		byte[] bytes = "Email,Name\nzoe@example.com,Zoë\nbad@example.com,Ren\u0000e\nj@example.com,Jürgen\n"
			.getBytes(StandardCharsets.UTF_8);
		int nul = indexOf(bytes, (byte) 0);
		bytes[nul] = (byte) 0xE9;

		Detection detection = detect(bytes);

		assertThat(detection.encoding()).isEqualTo("UTF-8");
		assertThat(detection.sampleRows()).extracting(row -> row.get(1)).containsExactly("Zoë", "Ren\uFFFDe", "Jürgen");
	}

	@Test
	void acceptsUtf8ChosenForAFileWithOneInvalidByte() {
		byte[] bytes = "Email,Name\nbad@example.com,Ren\u0000e\n".getBytes(StandardCharsets.UTF_8);
		bytes[indexOf(bytes, (byte) 0)] = (byte) 0xE9;

		Detection detection = detector.detect(new ByteArrayInputStream(bytes), -1,
				new FormatOverrides("UTF-8", null, null));

		assertThat(detection.encoding()).isEqualTo("UTF-8");
		assertThat(detection.sampleRows()).containsExactly(List.of("bad@example.com", "Ren\uFFFDe"));
	}

	@Test
	void stillReadsLatinTextWithManyInvalidUtf8BytesAsWindows1252() {
		Detection detection = detect("Email,Name\nzoe@example.com,Zoë Hélène Müller\n"
			.getBytes(java.nio.charset.Charset.forName("windows-1252")));

		assertThat(detection.encoding()).isEqualTo("windows-1252");
	}

	@Test
	void honoursAnExcelSepLineAsTheDelimiterAndSkipsIt() {
		Detection detection = detect(
				"sep=;\r\nEmail;Name\r\na@example.com;Ann, Lee\r\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.delimiter()).isEqualTo(';');
		assertThat(detection.hasHeader()).isTrue();
		assertThat(detection.headers()).containsExactly("Email", "Name");
		assertThat(detection.sampleRows()).containsExactly(List.of("a@example.com", "Ann, Lee"));
		assertThat(detection.estimatedRows()).isEqualTo(1);
	}

	@Test
	void readsAHeaderWithABlankCellAndDropsTrailingEmptyColumns() {
		Detection detection = detect(
				",Email,Name,,\n0,a@example.com,Ann,,\n1,b@example.com,Bob,,\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.hasHeader()).isTrue();
		assertThat(detection.headers()).containsExactly("", "Email", "Name");
		assertThat(detection.sampleRows()).containsExactly(List.of("0", "a@example.com", "Ann"),
				List.of("1", "b@example.com", "Bob"));
	}

	@Test
	void keepsATrailingColumnWithoutHeaderWhenItHoldsValues() {
		Detection detection = detect("Email,Name,\na@example.com,Ann,vip\n".getBytes(StandardCharsets.UTF_8));

		assertThat(detection.headers()).containsExactly("Email", "Name", "");
		assertThat(detection.sampleRows()).containsExactly(List.of("a@example.com", "Ann", "vip"));
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "|", value = { "Shift_JIS|windows-31j|田中 太郎|東京都|さとう はなこ", "GB18030|GB18030|王伟|北京市|李娜",
			"Big5|x-windows-950|陳志明|臺北市|林美玲", "EUC-KR|x-windows-949|김민준|서울특별시|이서연" })
	void detectsEastAsianEncodingsOfShortFiles(String expected, String writtenIn, String name, String city,
			String other) {
		String csv = "Email,Name,City\nann@example.com," + name + "," + city + "\nbob@example.com," + other + "," + city
				+ "\n";

		Detection detection = detect(csv.getBytes(Charset.forName(writtenIn)));

		assertThat(detection.encoding()).isEqualTo(expected);
		assertThat(detection.sampleRows().get(0)).containsExactly("ann@example.com", name, city);
		assertThat(detection.confidence().encoding()).isBetween(1, 100);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "|",
			value = { "Shift_JIS|windows-31j", "GB18030|GB18030", "Big5|x-windows-950", "EUC-KR|x-windows-949" })
	void detectsEastAsianEncodingsOfLongerFilesWithHighConfidence(String expected, String writtenIn) {
		String names = switch (expected) {
			case "Shift_JIS" -> "田中 太郎,佐藤 花子,鈴木 一郎,高橋 美咲,渡辺 健太,伊藤 さくら,山本 翔太,中村 あおい";
			case "GB18030" -> "王伟,李娜,张敏,刘洋,陈静,杨帆,赵磊,黄丽";
			case "Big5" -> "陳志明,林美玲,黃建國,張淑芬,李家豪,王雅婷,吳宗憲,劉德華";
			default -> "김민준,이서연,박지훈,최수빈,정예은,강도윤,조하은,윤시우";
		};
		StringBuilder csv = new StringBuilder("Email,Name,Notes\r\n");
		String[] people = names.split(",");
		for (int i = 0; i < 40; i++) {
			csv.append("p")
				.append(i)
				.append("@example.com,")
				.append(people[i % people.length])
				.append(',')
				.append(people[(i + 3) % people.length])
				.append("\r\n");
		}

		Detection detection = detect(csv.toString().getBytes(Charset.forName(writtenIn)));

		assertThat(detection.encoding()).isEqualTo(expected);
		assertThat(detection.sampleRows().get(1).get(1)).isEqualTo(people[1]);
		assertThat(detection.confidence().encoding()).isGreaterThanOrEqualTo(50);
	}

	@Test
	void aShiftJisFileWithOneDamagedByteStaysShiftJis() {
		StringBuilder csv = new StringBuilder("Email,Name,City\r\n");
		for (int i = 0; i < 60; i++) {
			csv.append("p").append(i).append("@example.jp,田中 さくら,東京都\r\n");
		}
		byte[] bytes = csv.toString().getBytes(Charset.forName("windows-31j"));
		int damaged = indexOf(bytes, (byte) '5') + 20;
		bytes[damaged] = (byte) 0x85; // a lead byte Shift_JIS leaves unassigned

		Detection detection = detect(bytes);

		assertThat(detection.encoding()).isEqualTo("Shift_JIS");
		assertThat(detection.sampleRows().get(0)).containsExactly("p0@example.jp", "田中 さくら", "東京都");
	}

	@Test
	void latinTextInAnotherEncodingStaysWindows1252() {
		String csv = "Email;Name;Stadt\njuergen@example.de;Jürgen Müller;Köln\nf@example.fr;François Lefèvre;Orléans\n"
				+ "s@example.es;Señora Peña;A Coruña\n";

		Detection detection = detect(csv.getBytes(Charset.forName("windows-1252")));

		assertThat(detection.encoding()).isEqualTo("windows-1252");
		assertThat(detection.sampleRows().get(0)).containsExactly("juergen@example.de", "Jürgen Müller", "Köln");
		assertThat(detection.confidence().encoding()).isGreaterThanOrEqualTo(50);
	}

	@Test
	void anEastAsianEncodingCanBeChosen() {
		byte[] bytes = "Email,Name\na@example.com,김민준\n".getBytes(Charset.forName("x-windows-949"));

		Detection detection = detector.detect(new ByteArrayInputStream(bytes), bytes.length,
				new FormatOverrides("EUC-KR", null, null));

		assertThat(detection.encoding()).isEqualTo("EUC-KR");
		assertThat(detection.sampleRows().get(0)).containsExactly("a@example.com", "김민준");
		assertThat(detection.confidence().encoding()).as("the user's choice").isNull();
	}

	@Test
	void eachDecisionCarriesAConfidenceFromTheEvidence() {
		Detection clear = detect(("Email,First name,Last name\n" + "a@example.com,Ann,Lee\n".repeat(5))
			.getBytes(StandardCharsets.UTF_8));
		Detection unclear = detect("Apple,Pear\nPlum,Fig\n".getBytes(StandardCharsets.UTF_8));

		assertThat(clear.confidence()).isEqualTo(new Detection.Confidence(100, 100, 98));
		assertThat(unclear.hasHeader()).isFalse();
		assertThat(unclear.confidence().header()).isLessThan(60);
		assertThat(unclear.confidence().delimiter()).isLessThanOrEqualTo(70);
	}

	@Test
	void theUserCanSayTheFirstRowIsData() {
		byte[] bytes = "Email,Name\na@example.com,Ann\n".getBytes(StandardCharsets.UTF_8);

		Detection detection = detector.detect(new ByteArrayInputStream(bytes), bytes.length,
				new FormatOverrides(null, null, null, false));

		assertThat(detection.hasHeader()).isFalse();
		assertThat(detection.headers()).containsExactly("Column 1", "Column 2");
		assertThat(detection.sampleRows()).containsExactly(List.of("Email", "Name"), List.of("a@example.com", "Ann"));
		assertThat(detection.estimatedRows()).isEqualTo(2);
		assertThat(detection.confidence().header()).isNull();
	}

	@Test
	void theUserCanSayTheFirstRowIsAHeader() {
		byte[] bytes = "Apple,Pear\nPlum,Fig\n".getBytes(StandardCharsets.UTF_8);

		Detection detection = detector.detect(new ByteArrayInputStream(bytes), bytes.length,
				new FormatOverrides(null, null, null, true));

		assertThat(detection.hasHeader()).isTrue();
		assertThat(detection.headers()).containsExactly("Apple", "Pear");
		assertThat(detection.sampleRows()).containsExactly(List.of("Plum", "Fig"));
	}

	private static int indexOf(byte[] bytes, byte value) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		throw new IllegalArgumentException("no such byte");
	}

	private static byte[] utf8FileWithTwoByteCharacterAcrossSampleLimit() {
		for (int padding = 0; padding < 40; padding++) {
			StringBuilder csv = new StringBuilder("email,first name\n");
			csv.append("x".repeat(padding)).append("@example.com,Padding\n");
			while (csv.length() < SampleDecoder.SAMPLE_LIMIT + 100) {
				csv.append("hélène@example.com,Hélène\n");
			}
			byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
			if (bytes[SampleDecoder.SAMPLE_LIMIT - 1] == (byte) 0xC3) {
				return bytes;
			}
		}
		throw new IllegalStateException("no padding puts a character across the limit");
	}

	private Detection detectResource(String name) {
		try (InputStream in = CsvDetectorTests.class.getResourceAsStream("/csvimport/" + name)) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return detector.detect(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Detection detect(byte[] bytes) {
		return detector.detect(new ByteArrayInputStream(bytes));
	}

}
