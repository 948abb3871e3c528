package dev.leadline.jobs.csvimport;

import java.util.Random;

/**
 * Deterministic contact files for tests: some rows repeat an earlier e-mail in another
 * case, some have invalid e-mails, names are unicode, phones come in several shapes,
 * fields contain commas and quotes.
 */
final class TestCsv {

	static final String HEADER = "Email,First Name,Last Name,Job Title,Company,Website,Phone,Country,Notes\n";

	private static final String[] FIRST = { "Zoë", "Jürgen", "María José", "Łukasz", "Анна", "美咲", "O'Brien", "Chloé" };

	private static final String[] TITLES = { "CTO", "Head of Sales", "VP, Marketing", "Engineer", "Founder \"& CEO\"" };

	private static final String[] PHONES = { "+49 30 %07d", "(415) 555-%04d", "030/%07d", "+1.650.253.%04d", "%d" };

	private TestCsv() {
	}

	static String contacts(int rows, long seed) {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < rows; i++) {
			int person = random.nextInt(10) == 0 && i > 0 ? random.nextInt(i) : i;
			boolean invalid = random.nextInt(50) == 0;
			String email = invalid ? "broken-" + i + "-at-example"
					: "person" + person + "@company" + (person % 40) + ".example";
			if (person != i && random.nextBoolean()) {
				email = email.toUpperCase();
			}
			String phone = PHONES[random.nextInt(PHONES.length)].formatted(random.nextInt(10_000));
			csv.append(email)
				.append(',')
				.append(FIRST[random.nextInt(FIRST.length)])
				.append(',')
				.append("Name")
				.append(random.nextInt(1000))
				.append(',')
				.append(quoted(TITLES[random.nextInt(TITLES.length)]))
				.append(',')
				.append(random.nextInt(5) == 0 ? "" : "Company " + (person % 40))
				.append(',')
				.append(random.nextBoolean() ? "https://www.company" + (person % 40) + ".example/about" : "")
				.append(',')
				.append(phone)
				.append(',')
				.append(random.nextBoolean() ? "Germany" : "US")
				.append(',')
				.append(quoted("note " + i + ", \"quoted\""))
				.append('\n');
		}
		return csv.toString();
	}

	private static String quoted(String value) {
		return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

}
