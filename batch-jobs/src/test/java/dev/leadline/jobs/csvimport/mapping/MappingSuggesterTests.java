package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.csvimport.TargetField;
import dev.leadline.jobs.csvimport.detection.CsvDetector;
import dev.leadline.jobs.csvimport.detection.Detection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MappingSuggesterTests {

	private final MappingSuggester suggester = new MappingSuggester();

	@Test
	void mapsEveryColumnOfHubSpotExport() {
		List<ColumnSuggestion> suggestions = suggest(detectResource("hubspot-contacts.csv"));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.IGNORE, TargetField.FIRST_NAME, TargetField.LAST_NAME, TargetField.EMAIL,
					TargetField.COMPANY_NAME, TargetField.JOB_TITLE, TargetField.PHONE, TargetField.CITY,
					TargetField.COUNTRY, TargetField.WEBSITE, TargetField.IGNORE, TargetField.IGNORE);
		assertThat(suggestions.get(3).confidence()).isGreaterThan(0.95);
		assertThat(suggestions.get(3).reason()).contains("'Email'", "3 of 3 sample values look like email");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "邮箱|EMAIL", "電子メール|EMAIL", "メールアドレス|EMAIL", "Ｅメール|EMAIL", "이메일|EMAIL", "電子郵件|EMAIL",
					"姓名|FULL_NAME", "氏名|FULL_NAME", "성명|FULL_NAME", "名|FIRST_NAME", "이름|FIRST_NAME", "姓|LAST_NAME",
					"公司|COMPANY_NAME", "会社名|COMPANY_NAME", "회사|COMPANY_NAME", "职位|JOB_TITLE", "役職|JOB_TITLE",
					"직함|JOB_TITLE", "电话|PHONE", "電話番号|PHONE", "전화번호|PHONE", "城市|CITY", "国家|COUNTRY", "网站|WEBSITE" })
	void knowsChineseJapaneseAndKoreanHeaderNames(String header, TargetField field) {
		assertThat(HeaderSynonyms.match(header)).hasValueSatisfying((match) -> {
			assertThat(match.field()).isEqualTo(field);
			assertThat(match.strength()).isEqualTo(0.9);
		});
	}

	@Test
	void mapsChineseHeadersWithConfidence() {
		List<ColumnSuggestion> suggestions = suggester.suggest(List.of("邮箱", "姓名", "公司", "职位", "电话"),
				List.of(List.of("wang@hua.example", "王伟", "华为", "经理", "+86 755 2878 0808"),
						List.of("li@bei.example", "李娜", "北京科技", "工程师", "+86 10 6552 9988")));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.EMAIL, TargetField.FULL_NAME, TargetField.COMPANY_NAME, TargetField.JOB_TITLE,
					TargetField.PHONE);
		assertThat(suggestions.get(0).confidence()).isGreaterThan(0.95);
		assertThat(suggestions.get(0).reason()).contains("'邮箱'");
	}

	@Test
	void mapsFrenchExcelExport() {
		List<ColumnSuggestion> suggestions = suggest(detectResource("excel-fr-windows1252.csv"));

		assertThat(suggestions).extracting(ColumnSuggestion::header, ColumnSuggestion::field)
			.containsExactly(tuple("Société", TargetField.COMPANY_NAME), tuple("Prénom", TargetField.FIRST_NAME),
					tuple("Nom", TargetField.LAST_NAME), tuple("Courriel", TargetField.EMAIL),
					tuple("Téléphone", TargetField.PHONE));
	}

	@Test
	void mapsGermanPipeFileWithCountryCodes() {
		List<ColumnSuggestion> suggestions = suggest(detectResource("contacts-pipe.txt"));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.FULL_NAME, TargetField.EMAIL, TargetField.COMPANY_NAME, TargetField.CITY,
					TargetField.COUNTRY);
		assertThat(suggestions.get(4).reason()).contains("3 of 3 sample values look like country");
	}

	@Test
	void mapsSpanishUtf16File() {
		List<ColumnSuggestion> suggestions = suggest(detectResource("contacts-utf16le.csv"));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.FIRST_NAME, TargetField.LAST_NAME, TargetField.EMAIL, TargetField.COMPANY_NAME,
					TargetField.CITY, TargetField.COUNTRY);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', textBlock = """
			E-mail;              EMAIL
			Courriel;            EMAIL
			Mail;                EMAIL
			E_MAIL_ADDRESS;      EMAIL
			Correo electrónico;  EMAIL
			Vorname;             FIRST_NAME
			'  PRÉNOM ';         FIRST_NAME
			Nombre;              FIRST_NAME
			Voornaam;            FIRST_NAME
			Apellido;            LAST_NAME
			Nachname;            LAST_NAME
			Cognome;             LAST_NAME
			Sobrenome;           LAST_NAME
			Achternaam;          LAST_NAME
			Full Name;           FULL_NAME
			Company Domain;      WEBSITE
			Website;             WEBSITE
			Site web;            WEBSITE
			Sito web;            WEBSITE
			Firma;               COMPANY_NAME
			Empresa;             COMPANY_NAME
			Société;             COMPANY_NAME
			Azienda;             COMPANY_NAME
			Bedrijfsnaam;        COMPANY_NAME
			Job Title;           JOB_TITLE
			Poste;               JOB_TITLE
			Position;            JOB_TITLE
			Cargo;               JOB_TITLE
			Functie;             JOB_TITLE
			Telefon;             PHONE
			Téléphone;           PHONE
			Telefone;            PHONE
			Ciudad;              CITY
			Stadt;               CITY
			Ville;               CITY
			Città;               CITY
			Woonplaats;          CITY
			Land;                COUNTRY
			País;                COUNTRY
			Pays;                COUNTRY
			Paese;               COUNTRY
			LinkedIn;            LINKEDIN_URL
			LinkedIn Profile URL; LINKEDIN_URL
			Work E-mail (primary); EMAIL
			""")
	void recognisesHeaderNamesInSevenLanguages(String header, TargetField expected) {
		List<ColumnSuggestion> suggestions = suggester.suggest(List.of(header), List.of());

		assertThat(suggestions).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.field()).isEqualTo(expected);
			assertThat(suggestion.confidence()).isBetween(0.5, 1.0);
		});
	}

	@Test
	void emailValuesOverrideMisleadingHeader() {
		ColumnSuggestion suggestion = suggestOne("Contact", "ann@acme.example", "bob@globex.example",
				"cat@initech.example");

		assertThat(suggestion.field()).isEqualTo(TargetField.EMAIL);
		assertThat(suggestion.reason()).contains("3 of 3 sample values look like email");
	}

	@Test
	void linkedInProfilesUnderWebsiteHeaderAreLinkedInUrls() {
		ColumnSuggestion suggestion = suggestOne("Website", "https://www.linkedin.com/in/ann-lee",
				"linkedin.com/in/bob-roe", "https://fr.linkedin.com/in/cat-wu/");

		assertThat(suggestion.field()).isEqualTo(TargetField.LINKEDIN_URL);
	}

	@Test
	void recognisesFieldsFromValuesWhenHeadersSayNothing() {
		List<ColumnSuggestion> suggestions = suggester.suggest(List.of("A", "B", "C", "D", "E"), List.of(
				List.of("ann@acme.example", "https://linkedin.com/in/ann", "acme.example", "+1 415 555 0100", "US"),
				List.of("bob@globex.example", "https://linkedin.com/in/bob", "globex.com", "(415) 555-0101", "FR"),
				List.of("cat@initech.example", "https://linkedin.com/in/cat", "www.initech.io", "0612345678",
						"Deutschland")));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.EMAIL, TargetField.LINKEDIN_URL, TargetField.WEBSITE, TargetField.PHONE,
					TargetField.COUNTRY);
		assertThat(suggestions).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.5, 0.9));
	}

	@Test
	void mapsHeaderlessFileFromValues() {
		List<ColumnSuggestion> suggestions = suggest(detectResource("no-header.csv"));

		assertThat(suggestions).extracting(ColumnSuggestion::header)
			.containsExactly("Column 1", "Column 2", "Column 3", "Column 4");
		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.EMAIL, TargetField.CUSTOM, TargetField.CUSTOM, TargetField.PHONE);
	}

	@Test
	void agreeingHeaderAndValuesAreSurerThanEitherAlone() {
		double both = suggestOne("Email", "ann@acme.example", "bob@globex.example").confidence();
		double headerOnly = suggestOne("Email").confidence();
		double valuesOnly = suggestOne("X", "ann@acme.example", "bob@globex.example").confidence();

		assertThat(both).isGreaterThan(headerOnly).isGreaterThan(valuesOnly);
	}

	@Test
	void valuesContradictingHeaderLeaveColumnAsCustom() {
		ColumnSuggestion suggestion = suggestOne("Email", "yes", "no", "yes");

		assertThat(suggestion.field()).isEqualTo(TargetField.CUSTOM);
		assertThat(suggestion.confidence()).isLessThanOrEqualTo(0.5);
	}

	@Test
	void eachFieldGoesToItsMostConfidentColumnOnly() {
		List<ColumnSuggestion> suggestions = suggester.suggest(List.of("Work email (other)", "Email", "Vorname"),
				List.of(List.of("ann@acme.example", "ann@gmail.example", "Ann"),
						List.of("bob@globex.example", "bob@gmail.example", "Bob")));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.CUSTOM, TargetField.EMAIL, TargetField.FIRST_NAME);
		assertThat(suggestions.get(0).confidence()).isLessThan(suggestions.get(1).confidence());
		assertThat(suggestions.get(0).reason()).contains("column 'Email' fits better");
	}

	@Test
	void keepsUnknownColumnsAsCustomAndIgnoresEmptyOnes() {
		List<ColumnSuggestion> suggestions = suggester.suggest(List.of("Favourite colour", "Notes"),
				List.of(List.of("blue", ""), List.of("green", " ")));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.CUSTOM, TargetField.IGNORE);
	}

	private ColumnSuggestion suggestOne(String header, String... values) {
		List<List<String>> rows = new ArrayList<>();
		Arrays.stream(values).forEach(value -> rows.add(List.of(value)));
		return suggester.suggest(List.of(header), rows).get(0);
	}

	@Test
	void theDiagnosticColumnsOfARejectedRowsFileAreIgnoredAndNeverCompeteWithTheRealOnes() {
		List<ColumnSuggestion> suggestions = suggester.suggest(
				List.of("line", "severity", "column", "value", "reason", "E-Mail", "Vorname", "Telefon"),
				List.of(List.of("3", "ERROR", "E-Mail", "max@example", "not a valid e-mail address", "max@example.com",
						"Max", "'+49 89 1234567"),
						List.of("7", "ERROR", "E-Mail", "ana@@example.com", "not a valid e-mail address",
								"ana@example.com", "Ana", "")));

		assertThat(suggestions).extracting(ColumnSuggestion::field)
			.containsExactly(TargetField.IGNORE, TargetField.IGNORE, TargetField.IGNORE, TargetField.IGNORE,
					TargetField.IGNORE, TargetField.EMAIL, TargetField.FIRST_NAME, TargetField.PHONE);
		assertThat(suggestions.get(0).reason()).contains("rejected-rows file");
		assertThat(RejectedRowsFile.diagnosticColumns(List.of("Line", "Column", "Value", "Reason", "Email")))
			.as("an older download, without severity")
			.isEqualTo(4);
		assertThat(RejectedRowsFile.diagnosticColumns(List.of("line", "severity", "column", "value", "reason")))
			.as("nothing but diagnostics: not a rejected-rows file")
			.isZero();
		assertThat(RejectedRowsFile.diagnosticColumns(List.of("Line", "Email", "Value"))).isZero();
	}

	private List<ColumnSuggestion> suggest(Detection detection) {
		return suggester.suggest(detection.headers(), detection.sampleRows());
	}

	private static Detection detectResource(String name) {
		try (InputStream in = MappingSuggesterTests.class.getResourceAsStream("/csvimport/" + name)) {
			return new CsvDetector().detect(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
