import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * The SQL baselines of the import benchmark, run as a PostgreSQL superuser against Leadline's database. Java 17
 * single-file program; PostgreSQL's JDBC driver on the class path (the one inside leadline.jar):
 *
 * <pre>
 * java -cp postgresql.jar scripts/bench/ImportBaseline.java copy  --url jdbc:postgresql://localhost:5432/leadline --file contacts.csv
 * java -cp postgresql.jar scripts/bench/ImportBaseline.java sql   --url ... --file contacts.csv --tenant-slug bench-sql
 * java -cp postgresql.jar scripts/bench/ImportBaseline.java query --url ... --sql 'SELECT 1' [--sql ...]
 * </pre>
 *
 * {@code copy}: plain COPY of the CSV into an UNLOGGED staging table of text columns, the physical ingest limit.
 * {@code sql}: a hand-written fast path into a tenant (created unless the slug exists): COPY into staging, then one set-based statement that
 * drops invalid e-mails, keeps the last row per lower(email), upserts companies by domain (from the website, else
 * the e-mail's domain unless it is a free-mail one) and upserts contacts with ON CONFLICT ... DO UPDATE on the
 * same unique index Leadline uses (tenant_id, email_key) (or (tenant_id, lower(email)) in schemas before it).
 * {@code query}: runs statements and prints their rows tab-separated (setup and checks, not timed).
 *
 * Results are printed as key=value lines. The CSV must have the generator's 12 columns in its order.
 */
public class ImportBaseline {

	static final String COLUMNS = "email, first_name, last_name, title, company, website, phone, city, country, "
			+ "linkedin_url, lead_source, notes";

	static final String STAGE_COLUMNS = """
			email text, first_name text, last_name text, title text, company text, website text, phone text,
			city text, country text, linkedin_url text, lead_source text, notes text""";

	/**
	 * Leadline's e-mail check (EmailAddresses): a dot-atom local part and a domain with at least one dot. Without
	 * its label length bounds ({0,61}, {2,63}): PostgreSQL's regex engine takes 9 s instead of 0.7 s for a
	 * million addresses with them (the statement checks the overall length instead).
	 */
	static final String EMAIL_REGEX = "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
			+ "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z]+$";

	/** Leadline's FreeMailDomains: these never make a company. */
	static final String[] FREE_MAIL = { "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr",
			"yahoo.de", "yahoo.es", "yahoo.it", "ymail.com", "rocketmail.com", "hotmail.com", "hotmail.co.uk",
			"hotmail.fr", "hotmail.de", "hotmail.es", "hotmail.it", "outlook.com", "outlook.fr", "outlook.de", "live.com",
			"live.fr", "live.de", "live.co.uk", "msn.com", "aol.com", "aol.de", "icloud.com", "me.com", "mac.com",
			"gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "orange.fr",
			"wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "neuf.fr", "libero.it", "virgilio.it", "tiscali.it",
			"alice.it", "yandex.ru", "yandex.com", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "protonmail.com", "proton.me",
			"pm.me", "tutanota.com", "zoho.com", "qq.com", "163.com", "126.com", "sina.com", "naver.com", "daum.net",
			"hanmail.net", "rediffmail.com", "seznam.cz", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "bluewin.ch",
			"telenet.be", "skynet.be", "ziggo.nl", "kpnmail.nl", "hetnet.nl", "home.nl", "planet.nl", "btinternet.com",
			"sky.com", "virginmedia.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net",
			"cox.net", "charter.net", "earthlink.net", "optonline.net", "shaw.ca", "rogers.com", "sympatico.ca",
			"bigpond.com", "optusnet.com.au", "uol.com.br", "bol.com.br", "terra.com.br", "hushmail.com", "fastmail.com",
			"fastmail.fm", "mail.com", "email.com", "inbox.com", "gmx.fr", "mailbox.org", "posteo.de", "yahoo.co.jp",
			"yahoo.com.br", "yahoo.ca", "hotmail.nl", "live.nl", "outlook.es" };

	static final String UPSERT = """
			WITH src AS (
			    SELECT s.n,
			           lower(btrim(s.email)) AS email,
			           nullif(btrim(s.first_name), '') AS first_name,
			           nullif(btrim(s.last_name), '') AS last_name,
			           nullif(btrim(s.title), '') AS title,
			           nullif(btrim(s.company), '') AS company_name,
			           nullif(btrim(s.phone), '') AS phone,
			           nullif(btrim(s.city), '') AS city,
			           CASE WHEN btrim(s.country) ~ '^[A-Za-z]{2}$' THEN upper(btrim(s.country)) END AS country,
			           CASE WHEN s.linkedin_url ~* 'linkedin\\.com/' THEN btrim(s.linkedin_url) END AS linkedin_url,
			           coalesce(
			               CASE WHEN w.host ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'
			                    THEN w.host END,
			               CASE WHEN split_part(lower(btrim(s.email)), '@', 2) <> ALL (?::text[])
			                    THEN split_part(lower(btrim(s.email)), '@', 2) END) AS domain,
			           jsonb_strip_nulls(jsonb_build_object('Lead Source', nullif(btrim(s.lead_source), ''),
			                                                'Notes', nullif(btrim(s.notes), ''))) AS attributes
			    FROM bench_sql_stage s
			    CROSS JOIN LATERAL (SELECT regexp_replace(regexp_replace(lower(btrim(s.website)), '^[a-z][a-z0-9+.-]*://', ''),
			                                              '^www\\.|[/?#:].*$', '', 'g') AS host) w
			    WHERE btrim(s.email) ~ ? AND length(s.email) <= 320
			), latest AS (
			    SELECT DISTINCT ON (email) * FROM src ORDER BY email, n DESC
			), companies AS (
			    INSERT INTO company AS c (tenant_id, domain, name, website)
			    SELECT DISTINCT ON (domain) ?, domain, coalesce(company_name, domain), 'https://' || domain
			    FROM latest WHERE domain IS NOT NULL
			    ORDER BY domain, company_name IS NULL, n DESC
			    ON CONFLICT (tenant_id, domain) WHERE domain IS NOT NULL DO UPDATE SET name = excluded.name
			    RETURNING c.id, c.domain, c.name
			), contacts AS (
			    INSERT INTO contact AS t (tenant_id, email, first_name, last_name, title, phone, city, country,
			                              linkedin_url, company_id, company_name, attributes)
			    SELECT ?, l.email, l.first_name, l.last_name, l.title, l.phone, l.city, l.country, l.linkedin_url, co.id,
			           co.name, l.attributes
			    FROM latest l LEFT JOIN companies co ON co.domain = l.domain
			    ON CONFLICT %s DO UPDATE SET
			        first_name = coalesce(excluded.first_name, t.first_name),
			        last_name = coalesce(excluded.last_name, t.last_name),
			        title = coalesce(excluded.title, t.title),
			        phone = coalesce(excluded.phone, t.phone),
			        city = coalesce(excluded.city, t.city),
			        country = coalesce(excluded.country, t.country),
			        linkedin_url = coalesce(excluded.linkedin_url, t.linkedin_url),
			        company_id = coalesce(excluded.company_id, t.company_id),
			        company_name = CASE WHEN excluded.company_id IS NULL THEN t.company_name ELSE excluded.company_name END,
			        attributes = t.attributes || excluded.attributes
			    RETURNING (t.xmax = 0) AS inserted
			)
			SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted), (SELECT count(*) FROM companies)
			FROM contacts
			""";

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			usage();
		}
		Map<String, List<String>> options = options(args);
		String url = one(options, "url", null);
		String user = one(options, "user", "postgres");
		String password = one(options, "password", "");
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			try (Statement st = connection.createStatement()) {
				st.execute("SET application_name = 'leadline-bench'");
				String workMem = one(options, "work-mem", "");
				if (!workMem.isEmpty()) {
					st.execute("SET work_mem = '" + workMem.replace("'", "") + "'");
				}
			}
			switch (args[0]) {
				case "copy" -> copy(connection, Path.of(one(options, "file", null)));
				case "sql" -> sql(connection, Path.of(one(options, "file", null)), one(options, "tenant-slug", null),
						Boolean.parseBoolean(one(options, "explain", "false")));
				case "query" -> query(connection, options.getOrDefault("sql", List.of()));
				default -> usage();
			}
		}
	}

	/** (1) COPY into an UNLOGGED table of text columns. */
	static void copy(Connection connection, Path file) throws Exception {
		try (Statement st = connection.createStatement()) {
			st.execute("DROP TABLE IF EXISTS bench_copy_stage");
			st.execute("CREATE UNLOGGED TABLE bench_copy_stage (" + STAGE_COLUMNS + ")");
		}
		long started = System.nanoTime();
		long rows = copyIn(connection, "bench_copy_stage", file);
		double seconds = (System.nanoTime() - started) / 1e9;
		try (Statement st = connection.createStatement()) {
			st.execute("DROP TABLE bench_copy_stage");
		}
		print(Map.of("rows", rows, "seconds", seconds));
	}

	/** (2) COPY into staging, then one set-based upsert into a new tenant. */
	static void sql(Connection connection, Path file, String slug, boolean explain) throws Exception {
		long tenantId;
		try (PreparedStatement ps = connection.prepareStatement(
				"INSERT INTO tenant (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id")) {
			ps.setString(1, slug);
			ps.setString(2, "Benchmark " + slug);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				tenantId = rs.getLong(1);
			}
		}
		try (Statement st = connection.createStatement()) {
			st.execute("DROP TABLE IF EXISTS bench_sql_stage");
			st.execute("CREATE UNLOGGED TABLE bench_sql_stage (n bigint GENERATED ALWAYS AS IDENTITY (CACHE 10000), "
					+ STAGE_COLUMNS + ")");
		}
		long started = System.nanoTime();
		long rows = copyIn(connection, "bench_sql_stage", file);
		double copySeconds = (System.nanoTime() - started) / 1e9;
		try (Statement st = connection.createStatement()) {
			st.execute("ANALYZE bench_sql_stage");
			// The planner cannot estimate the e-mail regex and expects a handful of rows; with them it joins the
			// contacts to the companies in a nested loop (20k rows x 2,000 companies: seconds). A bulk statement
			// wants hash joins whatever the estimate.
			st.execute("SET enable_nestloop = off");
		}
		long statementStarted = System.nanoTime();
		long inserted, updated, companies;
		String upsert = UPSERT.formatted(contactConflictTarget(connection));
		try (PreparedStatement ps = connection.prepareStatement(explain ? "EXPLAIN (ANALYZE, BUFFERS) " + upsert : upsert)) {
			Array freeMail = connection.createArrayOf("text", FREE_MAIL);
			ps.setArray(1, freeMail);
			ps.setString(2, EMAIL_REGEX);
			ps.setLong(3, tenantId);
			ps.setLong(4, tenantId);
			try (ResultSet rs = ps.executeQuery()) {
				if (explain) {
					while (rs.next()) {
						System.err.println(rs.getString(1));
					}
					inserted = updated = companies = -1;
				}
				else {
					rs.next();
					inserted = rs.getLong(1);
					updated = rs.getLong(2);
					companies = rs.getLong(3);
				}
			}
		}
		long finished = System.nanoTime();
		try (Statement st = connection.createStatement()) {
			st.execute("RESET enable_nestloop");
			st.execute("DROP TABLE bench_sql_stage");
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("tenant_id", tenantId);
		result.put("rows", rows);
		result.put("seconds", (finished - started) / 1e9);
		result.put("copy_seconds", copySeconds);
		result.put("statement_seconds", (finished - statementStarted) / 1e9);
		result.put("inserted", inserted);
		result.put("updated", updated);
		result.put("dropped", rows - inserted - updated);
		result.put("companies", companies);
		print(result);
	}

	/**
	 * The unique index that identifies a contact by e-mail, as the schema has it: on a stored key column
	 * ({@code email_key}, generated as lower(email)) or, in older schemas, on the expression lower(email).
	 */
	static String contactConflictTarget(Connection connection) throws SQLException {
		try (PreparedStatement ps = connection.prepareStatement("""
				SELECT 1 FROM pg_attribute
				WHERE attrelid = 'contact'::regclass AND attname = 'email_key' AND NOT attisdropped""");
				ResultSet rs = ps.executeQuery()) {
			return rs.next() ? "(tenant_id, email_key) WHERE email_key IS NOT NULL"
					: "(tenant_id, lower(email)) WHERE email IS NOT NULL";
		}
	}

	static long copyIn(Connection connection, String table, Path file) throws Exception {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
			return connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY " + table + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in, 1 << 20);
		}
	}

	static void query(Connection connection, List<String> statements) throws SQLException {
		for (String sql : statements) {
			try (Statement st = connection.createStatement()) {
				if (st.execute(sql)) {
					try (ResultSet rs = st.getResultSet()) {
						ResultSetMetaData meta = rs.getMetaData();
						while (rs.next()) {
							StringBuilder line = new StringBuilder();
							for (int i = 1; i <= meta.getColumnCount(); i++) {
								line.append(i > 1 ? "\t" : "").append(rs.getString(i));
							}
							System.out.println(line);
						}
					}
				}
			}
		}
	}

	static void print(Map<String, ?> values) {
		values.forEach((key, value) -> System.out.println(key + "="
				+ (value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value)));
	}

	static Map<String, List<String>> options(String[] args) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				usage();
			}
			options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
		}
		return options;
	}

	static String one(Map<String, List<String>> options, String name, String fallback) {
		List<String> values = options.get(name);
		if (values == null || values.isEmpty()) {
			if (fallback == null) {
				System.err.println("--" + name + " is required");
				usage();
			}
			return fallback;
		}
		return values.get(values.size() - 1);
	}

	static void usage() {
		System.err.println("""
				usage: java -cp postgresql.jar ImportBaseline.java copy|sql|query --url JDBC_URL [--user postgres]
				         [--password P] [--work-mem 64MB]
				         copy:  --file CSV
				         sql:   --file CSV --tenant-slug SLUG [--explain true: the statement's plan on stderr]
				         query: --sql STATEMENT [--sql STATEMENT ...]""");
		System.exit(2);
	}

}
