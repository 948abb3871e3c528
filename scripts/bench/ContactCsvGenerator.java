import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a realistic contacts CSV, the way a CRM export looks, deterministically from a seed and in constant
 * memory (any number of rows). Java 17 single-file program: run it without compiling,
 *
 * <pre>
 * java scripts/bench/ContactCsvGenerator.java --rows 1000000 --seed 42 --out /tmp/contacts.csv
 * </pre>
 *
 * Columns: Email, First Name, Last Name, Job Title, Company, Website, Phone, City, Country, LinkedIn URL,
 * Lead Source, Notes (the first ten are headers Leadline's mapping suggester recognises; the last two become
 * custom attributes). The data: names from 14 regions (accents, CJK, Cyrillic), phones in mixed national and
 * international formats, countries as names and ISO codes, websites with and without scheme and www, about
 * {@code --domains} company domains with a skewed number of contacts each, free-mail addresses, quoted fields
 * with commas, embedded quotes and the odd line break, about {@code --invalid} percent of rows with an invalid
 * or missing e-mail and about {@code --duplicates} percent of rows repeating an earlier contact's e-mail in
 * another case (some with other values).
 *
 * Each contact is a pure function of (seed, tenant prefix, its index), so a duplicate regenerates the contact
 * it repeats instead of remembering it. E-mail addresses are unique per file (they end in the contact's index);
 * give files meant for the same database different {@code --tenant-prefix} values (or seeds) to keep their
 * addresses and company domains apart.
 *
 * Writes {@code <out>.stats} (key=value: rows, bytes, invalid, duplicates, expected contacts...) after the
 * file is complete; the file itself is written to a temporary name and renamed at the end.
 */
public class ContactCsvGenerator {

	static final String[] HEADER = { "Email", "First Name", "Last Name", "Job Title", "Company", "Website", "Phone",
			"City", "Country", "LinkedIn URL", "Lead Source", "Notes" };

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		long started = System.nanoTime();
		Generator generator = new Generator(options);
		Stats stats;
		if (options.out.equals("-")) {
			stats = generator.write(System.out);
		}
		else {
			Path out = Path.of(options.out).toAbsolutePath();
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			Path partial = out.resolveSibling(out.getFileName() + ".partial");
			try (OutputStream stream = Files.newOutputStream(partial)) {
				stats = generator.write(stream);
			}
			Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Path statsFile = out.resolveSibling(out.getFileName() + ".stats");
			Files.writeString(statsFile, stats.asProperties(options));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.err.printf(Locale.ROOT, "generated %d rows, %d bytes (%.1f bytes/row) in %.1f s: %d invalid e-mails, "
				+ "%d case-changed duplicates, %d distinct valid contacts, %d company domains%n", stats.rows, stats.bytes,
				stats.rows == 0 ? 0.0 : (double) stats.bytes / stats.rows, seconds, stats.invalid, stats.duplicates,
				stats.rows - stats.invalid - stats.duplicates, stats.domainsUsed());
	}

	record Options(long rows, long seed, String out, String tenantPrefix, int domains, double invalidPercent,
			double duplicatePercent) {

		static Options parse(String[] args) {
			long rows = 1_000_000;
			long seed = 42;
			String out = null;
			String prefix = "";
			int domains = 2_000;
			double invalid = 1.0;
			double duplicates = 2.0;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("-h") || arg.equals("--help")) {
					usage(0);
				}
				if (i + 1 >= args.length) {
					System.err.println("missing value for " + arg);
					usage(2);
				}
				String value = args[++i];
				switch (arg) {
					case "--rows" -> rows = Long.parseLong(value.replace("_", ""));
					case "--seed" -> seed = Long.parseLong(value);
					case "--out" -> out = value;
					case "--tenant-prefix" -> prefix = value.toLowerCase(Locale.ROOT);
					case "--domains" -> domains = Integer.parseInt(value);
					case "--invalid" -> invalid = Double.parseDouble(value);
					case "--duplicates" -> duplicates = Double.parseDouble(value);
					default -> {
						System.err.println("unknown option " + arg);
						usage(2);
					}
				}
			}
			if (out == null) {
				System.err.println("--out is required ('-' for standard output)");
				usage(2);
			}
			if (!prefix.matches("[a-z0-9]{0,12}")) {
				System.err.println("--tenant-prefix: up to 12 letters or digits");
				usage(2);
			}
			if (rows < 0 || domains < 1 || domains > 200_000 || invalid < 0 || duplicates < 0 || invalid + duplicates > 50) {
				System.err.println("--rows >= 0, 1 <= --domains <= 200000, --invalid + --duplicates <= 50");
				usage(2);
			}
			return new Options(rows, seed, out, prefix, domains, invalid, duplicates);
		}

		static void usage(int status) {
			System.err.println("""
					usage: java ContactCsvGenerator.java --out FILE|- [--rows N (1000000)] [--seed S (42)]
					         [--tenant-prefix P] [--domains D (2000)] [--invalid PCT (1.0)] [--duplicates PCT (2.0)]""");
			System.exit(status);
		}

	}

	static final class Stats {

		long rows, bytes, invalid, duplicates, multiline;

		final boolean[] domainSeen;

		Stats(int domains) {
			domainSeen = new boolean[domains];
		}

		int domainsUsed() {
			int n = 0;
			for (boolean seen : domainSeen) {
				n += seen ? 1 : 0;
			}
			return n;
		}

		String asProperties(Options options) {
			return "rows=" + rows + "\nbytes=" + bytes + "\nseed=" + options.seed + "\ntenant_prefix=" + options.tenantPrefix
					+ "\ninvalid_emails=" + invalid + "\nduplicates=" + duplicates + "\ndistinct_contacts="
					+ (rows - invalid - duplicates) + "\ncompany_domains=" + domainsUsed() + "\nmultiline_rows=" + multiline
					+ "\n";
		}

	}

	/** A country's people, places, phones and companies. */
	record Region(String code, double weight, String[] countryNames, String[][] firstNames, String[][] lastNames,
			String[] cities, String[] tlds, String[] legalForms, String linkedinSubdomain) {
	}

	// Names as {shown, ASCII for the e-mail address}.
	static final Region[] REGIONS = {
			new Region("US", 24, new String[] { "United States", "USA", "US", "United States of America", "us" },
					n("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
							"William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris",
							"Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Ashley", "Zoë:zoe",
							"José:jose", "Mei:mei", "Priya:priya"),
					n("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
							"Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
							"Jackson", "Martin", "Lee", "Pérez:perez", "Thompson", "White", "Harris", "Sánchez:sanchez",
							"Clark", "Ramirez", "O'Brien:obrien", "McAllister:mcallister", "Nguyen", "Kim"),
					new String[] { "New York", "San Francisco", "Mountain View", "Austin", "Chicago", "Boston", "Seattle",
							"Denver", "Atlanta", "Miami", "Los Angeles", "San José" },
					new String[] { "com", "com", "com", "io", "net", "ai", "co" },
					new String[] { "Inc.", "LLC", "Corp.", ", Inc.", "Co.", "", "", "Group" }, "www"),
			new Region("GB", 8, new String[] { "United Kingdom", "UK", "GB", "England", "Scotland" },
					n("Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Charlie", "Sophie", "Thomas",
							"Grace", "Alfie", "Freya", "Siobhán:siobhan", "Eóin:eoin"),
					n("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
							"Evans", "Walker", "Hughes", "Robinson", "Ó Súilleabháin:osullivan", "Fitzgerald"),
					new String[] { "London", "Manchester", "Edinburgh", "Bristol", "Leeds", "Cambridge", "Glasgow" },
					new String[] { "co.uk", "co.uk", "com", "uk" }, new String[] { "Ltd", "Ltd.", "plc", "LLP", "" }, "uk"),
			new Region("DE", 15, new String[] { "Germany", "DE", "Deutschland", "germany", "DEU" },
					n("Jürgen:juergen", "Anna", "Lukas", "Sophie", "Maximilian", "Marie", "Jörg:joerg", "Lena", "Felix",
							"Hannah", "Björn:bjoern", "Katharina", "Uwe", "Sabine", "Klaus", "Ursula", "Matthias", "Jana",
							"Sören:soeren", "Brigitte"),
					n("Müller:mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
							"Hoffmann", "Schäfer:schaefer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder:schroeder",
							"Neumann", "Schwarz", "Zimmermann", "Krüger:krueger", "Weiß:weiss", "von Bülow:vonbuelow"),
					new String[] { "Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
							"Leipzig" },
					new String[] { "de", "de", "de", "com", "eu" },
					new String[] { "GmbH", "AG", "GmbH & Co. KG", "SE", "e.K.", "UG (haftungsbeschränkt)" }, "de"),
			new Region("FR", 10, new String[] { "France", "FR", "france", "FRA" },
					n("Léa:lea", "Hugo", "Chloé:chloe", "Louis", "Manon", "Gabriel", "Inès:ines", "Raphaël:raphael",
							"Camille", "Jules", "Zoé:zoe", "François:francois", "Hélène:helene", "Étienne:etienne",
							"Maëlle:maelle", "Noël:noel"),
					n("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
							"Simon", "Laurent", "Lefèvre:lefevre", "Michel", "Garçon:garcon", "Bonnaire"),
					new String[] { "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Nantes", "Lille", "Grenoble" },
					new String[] { "fr", "fr", "com", "eu" }, new String[] { "SAS", "SA", "SARL", "SASU", "" }, "fr"),
			new Region("ES", 6, new String[] { "Spain", "España", "ES", "spain" },
					n("Lucía:lucia", "Hugo", "Martina", "Martín:martin", "María:maria", "Pablo", "Sofía:sofia",
							"Álvaro:alvaro", "Carmen", "Javier", "Núria:nuria", "Iñaki:inaki"),
					n("García:garcia", "Fernández:fernandez", "González:gonzalez", "Rodríguez:rodriguez", "López:lopez",
							"Martínez:martinez", "Sánchez:sanchez", "Pérez:perez", "Gómez:gomez", "Muñoz:munoz",
							"Díaz:diaz", "Ibáñez:ibanez"),
					new String[] { "Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga" },
					new String[] { "es", "es", "com" }, new String[] { "S.L.", "S.A.", "SL", "" }, "es"),
			new Region("IT", 5, new String[] { "Italy", "Italia", "IT" },
					n("Giulia", "Leonardo", "Francesca", "Alessandro", "Chiara", "Lorenzo", "Sofia", "Niccolò:niccolo",
							"Giorgia", "Matteo"),
					n("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
							"D'Angelo:dangelo", "Fabbrì:fabbri"),
					new String[] { "Milano", "Roma", "Torino", "Bologna", "Firenze", "Napoli" },
					new String[] { "it", "it", "com" }, new String[] { "S.r.l.", "S.p.A.", "Srl", "" }, "it"),
			new Region("NL", 5, new String[] { "Netherlands", "NL", "Nederland", "Holland" },
					n("Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Bram", "Tess", "Jeroen", "Sanne", "Anouk"),
					n("de Jong:dejong", "Jansen", "de Vries:devries", "van den Berg:vandenberg", "van Dijk:vandijk",
							"Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer:deboer"),
					new String[] { "Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven" },
					new String[] { "nl", "nl", "com", "eu" }, new String[] { "B.V.", "BV", "N.V.", "" }, "nl"),
			new Region("SE", 3, new String[] { "Sweden", "SE", "Sverige" },
					n("Åsa:asa", "Björn:bjorn", "Linnéa:linnea", "Oskar", "Maja", "Erik", "Märta:marta", "Lars", "Ingrid"),
					n("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg:oberg",
							"Åkesson:akesson", "Lindström:lindstrom"),
					new String[] { "Stockholm", "Göteborg", "Malmö", "Uppsala" }, new String[] { "se", "se", "com" },
					new String[] { "AB", "AB (publ)", "" }, "se"),
			new Region("PL", 3, new String[] { "Poland", "PL", "Polska" },
					n("Zofia", "Jakub", "Łucja:lucja", "Antoni", "Małgorzata:malgorzata", "Wojciech", "Agnieszka",
							"Paweł:pawel"),
					n("Nowak", "Kowalski", "Wiśniewski:wisniewski", "Wójcik:wojcik", "Kowalczyk", "Kamiński:kaminski",
							"Lewandowski", "Zieliński:zielinski", "Szymański:szymanski"),
					new String[] { "Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań" }, new String[] { "pl", "pl", "com" },
					new String[] { "Sp. z o.o.", "S.A.", "" }, "pl"),
			new Region("RU", 4, new String[] { "Russia", "RU", "Russian Federation", "Россия" },
					n("Александр:aleksandr", "Анна:anna", "Дмитрий:dmitry", "Екатерина:ekaterina", "Сергей:sergey",
							"Ольга:olga", "Иван:ivan", "Наталья:natalya", "Michael", "Yulia"),
					n("Иванов:ivanov", "Смирнова:smirnova", "Кузнецов:kuznetsov", "Попова:popova", "Соколов:sokolov",
							"Лебедева:lebedeva", "Новиков:novikov", "Морозова:morozova", "Petrov"),
					new String[] { "Москва", "Санкт-Петербург", "Moscow", "Novosibirsk", "Казань" },
					new String[] { "ru", "ru", "com" }, new String[] { "ООО", "LLC", "АО", "" }, "ru"),
			new Region("CN", 5, new String[] { "China", "CN", "中国", "People's Republic of China" },
					n("伟:wei", "芳:fang", "娜:na", "敏:min", "静:jing", "磊:lei", "洋:yang", "Li", "Wei", "Xiaoming"),
					n("王:wang", "李:li", "张:zhang", "刘:liu", "陈:chen", "杨:yang", "黄:huang", "赵:zhao", "Zhou", "Wu"),
					new String[] { "北京", "上海", "Shenzhen", "Hangzhou", "广州", "Beijing" },
					new String[] { "cn", "com.cn", "com" }, new String[] { "Co., Ltd.", "有限公司", "Technology Co., Ltd.", "" },
					"cn"),
			new Region("JP", 4, new String[] { "Japan", "JP", "日本" },
					n("翔:sho", "陽菜:hina", "蓮:ren", "結衣:yui", "Haruto", "Yuki", "Takeshi", "さくら:sakura"),
					n("佐藤:sato", "鈴木:suzuki", "高橋:takahashi", "田中:tanaka", "渡辺:watanabe", "Ito", "Yamamoto",
							"中村:nakamura"),
					new String[] { "東京", "Tokyo", "Osaka", "大阪", "Yokohama", "Kyoto" },
					new String[] { "co.jp", "jp", "com" }, new String[] { "K.K.", "株式会社", "Co., Ltd.", "" }, "jp"),
			new Region("IN", 4, new String[] { "India", "IN", "IND" },
					n("Aarav", "Priya", "Vivaan", "Ananya", "Aditya", "Diya", "Rohan", "Saanvi", "Arjun", "Kavya"),
					n("Sharma", "Verma", "Patel", "Gupta", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Chatterjee"),
					new String[] { "Bengaluru", "Mumbai", "New Delhi", "Hyderabad", "Pune", "Chennai" },
					new String[] { "in", "co.in", "com" }, new String[] { "Pvt. Ltd.", "Private Limited", "Ltd", "" }, "in"),
			new Region("BR", 4, new String[] { "Brazil", "Brasil", "BR" },
					n("João:joao", "Maria", "Gabriel", "Ana", "Lucas", "Júlia:julia", "Matheus", "Letícia:leticia",
							"Conceição:conceicao"),
					n("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
							"Gonçalves:goncalves", "Araújo:araujo"),
					new String[] { "São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre" },
					new String[] { "com.br", "com.br", "com" }, new String[] { "Ltda.", "S.A.", "LTDA", "" }, "br") };

	static final String[] WORDS_A = { "Acme", "Nord", "Blue", "Quantum", "Silver", "Lumen", "Helix", "Atlas", "Vertex",
			"Orbit", "Polar", "Cedar", "Iron", "Nova", "Alpen", "Rhein", "Falcon", "Granite", "Harbor", "Kestrel", "Lotus",
			"Maple", "Nimbus", "Onyx", "Pioneer", "Quartz", "Raven", "Summit", "Tidal", "Umbra", "Vela", "Willow", "Zephyr",
			"Aurora", "Beacon", "Cobalt", "Delta", "Ember", "Fjord", "Glacier", "Horizon", "Indigo", "Juniper", "Krypton",
			"Lynx", "Meridian", "Neon", "Oak", "Prism", "Sol", "Terra", "Ultra", "Vantage", "Wave", "Xeno", "Yonder",
			"Zenith", "Bright", "Clear", "Swift" };

	static final String[] WORDS_B = { "Logistics", "Systems", "Software", "Analytics", "Labs", "Works", "Solutions",
			"Dynamics", "Networks", "Capital", "Health", "Energy", "Robotics", "Media", "Foods", "Motors", "Bio",
			"Pharma", "Consulting", "Data", "Cloud", "Security", "Retail", "Partners", "Industries", "Technologies",
			"Ventures", "Studio", "Maschinenbau", "Logistik", "Technik", "Conseil", "Soluciones", "Tecnologia", "Digital",
			"Finance", "Insurance", "Textiles", "Optics", "Materials" };

	static final String[] FREE_MAIL = { "gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com",
			"yahoo.com", "web.de", "gmx.de", "orange.fr", "yahoo.fr", "libero.it", "mail.ru", "yandex.ru", "qq.com",
			"163.com", "icloud.com", "protonmail.com", "t-online.de" };

	static final String[] TITLES = { "CEO", "CTO", "CFO", "COO", "VP Sales", "VP of Engineering", "Head of Marketing",
			"Head of Growth", "Sales Manager", "Account Executive", "Account Executive, EMEA", "Senior Software Engineer",
			"Software Engineer", "Product Manager", "Senior Product Manager", "Marketing Manager", "Office Manager",
			"Procurement Lead", "Director, Business Development", "Customer Success Manager", "Data Scientist",
			"IT Administrator", "Geschäftsführer", "Leiter Vertrieb", "Einkaufsleiterin", "Directeur commercial",
			"Responsable marketing", "Director de ventas", "Responsabile acquisti", "Inkoper", "Менеджер по продажам",
			"営業部長", "销售经理", "Founder & CEO", "Co-Founder", "Partner", "Consultant", "Intern", "" };

	static final String[] LEAD_SOURCES = { "Webinar", "Trade show", "Referral", "Website", "Cold outreach", "Partner",
			"LinkedIn", "Inbound, demo request", "Event: SaaStr 2024", "Newsletter", "Google Ads", "Import", "" };

	static final String[] NOTES = { "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "Met at SaaStr, wants a demo", "Said \"call me in Q3\"",
			"Budget approved; decision in March", "Intro via partner, follow up next week", "Churned customer, 2023",
			"Asked for pricing (enterprise tier)", "Prefers e-mail, not phone", "Evaluating \"Competitor X\", price-sensitive",
			"Kein Interesse an Newsletter", "Rappeler après le salon", "Hot lead!", "Needs SSO, SOC 2 report",
			"Downloaded whitepaper \"State of Sales 2024\"", "VIP, handle with care", "Replied: \"not now, maybe later\"" };

	static final String[] MULTILINE_NOTES = { "Call notes:\n- wants a demo\n- budget Q4",
			"Line one\nline two, with a comma", "Address:\n\"Main building\", 3rd floor" };

	record Company(String name, String domain, int region) {
	}

	static final class Generator {

		private final Options options;

		private final Company[] companies;

		private final double[] regionCumulative;

		Generator(Options options) {
			this.options = options;
			this.regionCumulative = new double[REGIONS.length];
			double total = 0;
			for (Region r : REGIONS) {
				total += r.weight;
			}
			double sum = 0;
			for (int i = 0; i < REGIONS.length; i++) {
				sum += REGIONS[i].weight / total;
				regionCumulative[i] = sum;
			}
			this.companies = companies();
		}

		private Company[] companies() {
			SplittableRandom random = new SplittableRandom(mix(options.seed, 0x0C0_4EA1L, options.tenantPrefix.hashCode()));
			Company[] result = new Company[options.domains];
			Set<String> domains = new HashSet<>();
			for (int i = 0; i < result.length; i++) {
				int region = region(random.nextDouble());
				Region r = REGIONS[region];
				String a = WORDS_A[random.nextInt(WORDS_A.length)];
				String b = WORDS_B[random.nextInt(WORDS_B.length)];
				String legal = r.legalForms[random.nextInt(r.legalForms.length)];
				String name = a + (random.nextInt(4) == 0 ? "" : " ") + b;
				if (random.nextInt(40) == 0) {
					name = "\"" + name + "\"";
				}
				if (!legal.isEmpty()) {
					name = legal.startsWith(",") ? name + legal : name + " " + legal;
				}
				String slug = (a + (random.nextInt(3) == 0 ? "-" : "") + b).toLowerCase(Locale.ROOT);
				if (!options.tenantPrefix.isEmpty()) {
					slug = options.tenantPrefix + "-" + slug;
				}
				String tld = r.tlds[random.nextInt(r.tlds.length)];
				String domain = slug + "." + tld;
				for (int k = 2; !domains.add(domain); k++) {
					domain = slug + k + "." + tld;
				}
				result[i] = new Company(name, domain, region);
			}
			return result;
		}

		private int region(double u) {
			for (int i = 0; i < regionCumulative.length; i++) {
				if (u < regionCumulative[i]) {
					return i;
				}
			}
			return regionCumulative.length - 1;
		}

		Stats write(OutputStream stream) throws IOException {
			Stats stats = new Stats(options.domains);
			CountingStream counting = new CountingStream(stream);
			Writer out = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 20);
			StringBuilder line = new StringBuilder(512);
			appendRow(line, List.of(HEADER));
			out.append(line);
			long persons = 0;
			double duplicateShare = options.duplicatePercent / 100;
			for (long i = 0; i < options.rows; i++) {
				SplittableRandom row = new SplittableRandom(mix(options.seed, 0x5EED_0001L, i));
				Person person;
				if (persons >= 100 && row.nextDouble() < duplicateShare) {
					long earlier = row.nextBoolean() ? persons - 1 - row.nextLong(Math.min(persons, 3_000))
							: row.nextLong(persons);
					for (int guard = 0; invalid(earlier) && guard < 10_000; guard++) {
						earlier = earlier == 0 ? persons - 1 : earlier - 1;
					}
					person = person(earlier).repeated(row);
					stats.duplicates++;
				}
				else {
					person = person(persons++);
					if (person.invalid) {
						stats.invalid++;
					}
				}
				if (person.company >= 0) {
					stats.domainSeen[person.company] = true;
				}
				if (person.notes.indexOf('\n') >= 0) {
					stats.multiline++;
				}
				line.setLength(0);
				appendRow(line, person.values());
				out.append(line);
				stats.rows++;
			}
			out.flush();
			stats.bytes = counting.count;
			return stats;
		}

		boolean invalid(long index) {
			return new SplittableRandom(mix(options.seed, 0xBAD_E4A1L, index)).nextDouble() < options.invalidPercent / 100;
		}

		/** The contact with this index, always the same for the same seed and prefix. */
		Person person(long index) {
			SplittableRandom random = new SplittableRandom(mix(options.seed, 0x9E8_5044L ^ options.tenantPrefix.hashCode(),
					index));
			Person p = new Person();
			// Skewed: a few companies have many contacts, most have a few hundred per million rows.
			int company = (int) Math.min(companies.length - 1, Math.floor(companies.length * Math.pow(random.nextDouble(), 2.2)));
			Company c = companies[company];
			int regionIndex = random.nextInt(100) < 85 ? c.region : region(random.nextDouble());
			Region r = REGIONS[regionIndex];
			String[] first = r.firstNames[random.nextInt(r.firstNames.length)];
			String[] last = r.lastNames[random.nextInt(r.lastNames.length)];
			p.firstName = first[0];
			p.lastName = last[0];
			boolean freeMail = random.nextInt(100) < 12;
			String mailDomain = freeMail ? FREE_MAIL[random.nextInt(FREE_MAIL.length)] : c.domain;
			String local = switch (random.nextInt(6)) {
				case 0, 1 -> first[1] + "." + last[1];
				case 2 -> first[1].charAt(0) + last[1];
				case 3 -> first[1] + "_" + last[1] + "_";
				case 4 -> first[1] + last[1].charAt(0);
				default -> first[1] + "." + last[1].charAt(0) + ".";
			};
			// Names are letters only, so the decimal index after them makes the address unique in the file; the
			// prefix after a dot keeps files with different prefixes apart.
			local = local + index + (options.tenantPrefix.isEmpty() ? "" : "." + options.tenantPrefix);
			boolean capitalised = random.nextInt(100) < 30;
			if (capitalised) {
				local = capitalise(local);
			}
			p.email = local + "@" + mailDomain;
			p.emailLowerCase = !capitalised;
			p.invalid = invalid(index);
			if (p.invalid) {
				p.email = switch (random.nextInt(8)) {
					case 0 -> local + "@" + mailDomain.substring(0, mailDomain.indexOf('.'));
					case 1 -> local + "(at)" + mailDomain;
					case 2 -> local.replace('.', ' ') + " @" + mailDomain;
					case 3 -> local + "@@" + mailDomain;
					case 4 -> local + ".@" + mailDomain;
					case 5 -> "n/a";
					case 6 -> "";
					default -> local + "@" + mailDomain + ",";
				};
			}
			p.title = TITLES[random.nextInt(TITLES.length)];
			p.companyName = random.nextInt(100) < 5 ? "" : c.name;
			p.company = company;
			int websiteStyle = random.nextInt(12);
			p.website = switch (websiteStyle) {
				case 0, 1, 2 -> "";
				case 3, 4 -> c.domain;
				case 5, 6 -> "www." + c.domain;
				case 7, 8 -> "https://www." + c.domain;
				case 9 -> "http://" + c.domain + "/";
				case 10 -> "https://" + c.domain + "/about?ref=crm";
				default -> "WWW." + c.domain.toUpperCase(Locale.ROOT);
			};
			if (p.website.isEmpty() && freeMail) {
				p.company = -1;
			}
			p.phone = random.nextInt(100) < 15 ? "" : phone(r, random);
			p.city = random.nextInt(100) < 10 ? "" : r.cities[random.nextInt(r.cities.length)];
			int countryStyle = random.nextInt(100);
			p.country = countryStyle < 8 ? "" : r.countryNames[random.nextInt(r.countryNames.length)];
			if (random.nextInt(100) < 32) {
				String handle = (first[1] + "-" + last[1] + "-" + Long.toString(index * 7919 % 1_000_003, 36))
					.toLowerCase(Locale.ROOT);
				p.linkedin = switch (random.nextInt(6)) {
					case 0, 1 -> "https://www.linkedin.com/in/" + handle;
					case 2 -> "linkedin.com/in/" + handle;
					case 3 -> "http://" + r.linkedinSubdomain + ".linkedin.com/in/" + handle + "/";
					case 4 -> "https://www.linkedin.com/in/" + handle + "?trk=public_profile";
					default -> random.nextInt(10) == 0 ? "N/A" : "www.linkedin.com/in/" + handle;
				};
			}
			else {
				p.linkedin = "";
			}
			p.leadSource = LEAD_SOURCES[random.nextInt(LEAD_SOURCES.length)];
			p.notes = random.nextInt(500) == 0 ? MULTILINE_NOTES[random.nextInt(MULTILINE_NOTES.length)]
					: NOTES[random.nextInt(NOTES.length)];
			p.region = r;
			return p;
		}

	}

	static String phone(Region r, SplittableRandom random) {
		int style = random.nextInt(3);
		return switch (r.code) {
			case "US" -> {
				String area = pick(random, "415", "650", "212", "617", "312", "206", "512", "303", "404", "305", "408",
						"646");
				String exchange = (2 + random.nextInt(8)) + digits(random, 2);
				String line = digits(random, 4);
				yield switch (random.nextInt(5)) {
					case 0 -> "(" + area + ") " + exchange + "-" + line;
					case 1 -> "+1." + area + "." + exchange + "." + line;
					case 2 -> "+1 " + area + "-" + exchange + "-" + line;
					case 3 -> area + "." + exchange + "." + line;
					default -> "+1 (" + area + ") " + exchange + "-" + line + (random.nextInt(5) == 0 ? " ext. 12" : "");
				};
			}
			case "GB" -> style == 0 ? "+44 20 7" + digits(random, 3) + " " + digits(random, 4)
					: style == 1 ? "020 7" + digits(random, 3) + " " + digits(random, 4)
							: "07" + (7 + random.nextInt(3)) + digits(random, 2) + " " + digits(random, 6);
			case "DE" -> switch (random.nextInt(5)) {
				case 0 -> "+49 30 " + digits(random, 7);
				case 1 -> "030/" + digits(random, 7);
				case 2 -> "+49 (0)89 " + digits(random, 3) + " " + digits(random, 4);
				case 3 -> "0049 40 " + digits(random, 7);
				default -> "+49 15" + (1 + random.nextInt(2)) + " " + digits(random, 8);
			};
			case "FR" -> style == 0 ? "+33 1 " + pairs(random, 4) : style == 1 ? "01 " + pairs(random, 4)
					: "+33 (0)6 " + pairs(random, 4);
			case "ES" -> style == 0 ? "+34 91" + digits(random, 1) + " " + digits(random, 3) + " " + digits(random, 3)
					: "6" + digits(random, 2) + " " + digits(random, 3) + " " + digits(random, 3);
			case "IT" -> style == 0 ? "+39 02 " + digits(random, 4) + " " + digits(random, 4)
					: "+39 3" + digits(random, 2) + " " + digits(random, 3) + " " + digits(random, 4);
			case "NL" -> style == 0 ? "+31 20 " + digits(random, 3) + " " + digits(random, 4)
					: "06-" + (1 + random.nextInt(8)) + digits(random, 7);
			case "SE" -> "+46 8 " + digits(random, 3) + " " + digits(random, 3) + " " + digits(random, 2);
			case "PL" -> style == 0 ? "+48 22 " + digits(random, 3) + " " + digits(random, 2) + " " + digits(random, 2)
					: "+48 5" + digits(random, 2) + " " + digits(random, 3) + " " + digits(random, 3);
			case "RU" -> style == 0 ? "+7 495 " + digits(random, 3) + "-" + digits(random, 2) + "-" + digits(random, 2)
					: "8 (916) " + digits(random, 3) + "-" + digits(random, 2) + "-" + digits(random, 2);
			case "CN" -> style == 0 ? "+86 10 " + digits(random, 4) + " " + digits(random, 4)
					: "+86 13" + digits(random, 1) + " " + digits(random, 4) + " " + digits(random, 4);
			case "JP" -> style == 0 ? "+81 3-" + digits(random, 4) + "-" + digits(random, 4)
					: "090-" + digits(random, 4) + "-" + digits(random, 4);
			case "IN" -> "+91 9" + digits(random, 4) + " " + digits(random, 5);
			case "BR" -> "+55 11 9" + digits(random, 4) + "-" + digits(random, 4);
			default -> throw new IllegalStateException(r.code);
		};
	}

	static final class Person {

		String email, firstName, lastName, title, companyName, website, phone, city, country, linkedin, leadSource, notes;

		boolean emailLowerCase, invalid;

		int company;

		Region region;

		/** The same contact again, its address in another case, and sometimes other values. */
		Person repeated(SplittableRandom random) {
			int at = email.lastIndexOf('@');
			String local = email.substring(0, at);
			String domain = email.substring(at);
			if (emailLowerCase) {
				email = (random.nextBoolean() ? local.toUpperCase(Locale.ROOT) : capitalise(local))
						+ (random.nextInt(4) == 0 ? domain.toUpperCase(Locale.ROOT) : domain);
			}
			else {
				email = email.toLowerCase(Locale.ROOT);
			}
			if (random.nextInt(100) < 40) {
				title = TITLES[random.nextInt(TITLES.length)];
			}
			if (random.nextInt(100) < 25) {
				phone = phone(region, random);
			}
			if (random.nextInt(100) < 20) {
				linkedin = "";
				notes = "";
			}
			if (random.nextInt(100) < 30) {
				leadSource = LEAD_SOURCES[random.nextInt(LEAD_SOURCES.length)];
			}
			return this;
		}

		List<String> values() {
			List<String> values = new ArrayList<>(HEADER.length);
			values.add(email);
			values.add(firstName);
			values.add(lastName);
			values.add(title);
			values.add(companyName);
			values.add(website);
			values.add(phone);
			values.add(city);
			values.add(country);
			values.add(linkedin);
			values.add(leadSource);
			values.add(notes);
			return values;
		}

	}

	static void appendRow(StringBuilder line, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			String value = values.get(i);
			boolean quote = false;
			for (int k = 0; k < value.length() && !quote; k++) {
				char ch = value.charAt(k);
				quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
			}
			if (quote) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(value);
			}
		}
		line.append('\n');
	}

	static String capitalise(String local) {
		StringBuilder result = new StringBuilder(local.length());
		boolean start = true;
		for (char ch : local.toCharArray()) {
			result.append(start ? Character.toUpperCase(ch) : ch);
			start = ch == '.' || ch == '_' || ch == '-';
		}
		return result.toString();
	}

	static String digits(SplittableRandom random, int n) {
		StringBuilder s = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			s.append((char) ('0' + random.nextInt(10)));
		}
		return s.toString();
	}

	static String pairs(SplittableRandom random, int n) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append(i == 0 ? "" : " ").append(digits(random, 2));
		}
		return s.toString();
	}

	@SafeVarargs
	static <T> T pick(SplittableRandom random, T... values) {
		return values[random.nextInt(values.length)];
	}

	/** {shown, ascii} pairs from "Shown:ascii" (or "Name", whose ASCII form is itself lower-cased). */
	static String[][] n(String... names) {
		String[][] result = new String[names.length][];
		for (int i = 0; i < names.length; i++) {
			int colon = names[i].indexOf(':');
			String shown = colon < 0 ? names[i] : names[i].substring(0, colon);
			String ascii = colon < 0 ? names[i] : names[i].substring(colon + 1);
			ascii = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			result[i] = new String[] { shown, ascii };
		}
		return result;
	}

	static long mix(long seed, long salt, long index) {
		long z = seed * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static final class CountingStream extends OutputStream {

		private final OutputStream out;

		long count;

		CountingStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

		@Override
		public void flush() throws IOException {
			out.flush();
		}

	}

}
