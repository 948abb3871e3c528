import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * Bulk-loads the browse benchmark's contacts straight into Leadline's database, as the PostgreSQL superuser.
 * Java 17 single-file program; PostgreSQL's JDBC driver on the class path (the one inside leadline.jar):
 *
 * <pre>
 * java -cp postgresql.jar scripts/bench/BrowseLoader.java --url jdbc:postgresql://localhost:5432/leadline \
 *     --generator scripts/bench/ContactCsvGenerator.java --tenant 2:1000000:42 --tenant 3:1000000:43 ...
 * </pre>
 *
 * Each {@code --tenant ID:ROWS:SEED} gets ROWS contacts from the import benchmark's generator (run as a child
 * process writing to standard output, prefix {@code t<ID>}, no invalid and no duplicate rows), in the order
 * given: the first tenant's contacts get the lowest ids and the oldest timestamps. Per tenant: COPY into an
 * UNLOGGED staging table, then set-based inserts of its companies (by the website's domain, else the e-mail's
 * unless it is a free-mail one, else by name, as the import links them) and of its contacts with company_id
 * and company_name set. Countries become ISO codes and LinkedIn URLs canonical; phones stay as written (no E.164 here).
 * created_at grows with the id ({@code --spacing} seconds apart from {@code --start}), updated_at is a
 * deterministic 0 to 60 days later.
 * <p>
 * For speed the contact table's secondary indexes (all but those behind constraints) are dropped before the
 * load and created again after it, from their own definitions, and the foreign-key triggers are skipped
 * ({@code session_replication_role = replica}: the rows are consistent by construction). The loader refuses to
 * run when contact has INSERT triggers of its own, which that setting would skip too.
 * <p>
 * {@code --rare-surname NAME:COUNT} gives COUNT contacts of the first tenant, spread over its ids, that last
 * name (the benchmark's rare search term). Ends with VACUUM (ANALYZE) of contact and company.
 * Prints key=value lines (per tenant: rows, first and last id, companies; seconds per phase).
 */
public class BrowseLoader {

	static final String STAGE = "bench_browse_stage";

	static final String COLUMNS = "email, first_name, last_name, title, company, website, phone, city, country, "
			+ "linkedin_url, lead_source, notes";

	/** The generator's free-mail domains: an address there names no company. */
	static final String[] FREE_MAIL = { "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "web.de", "gmx.de",
			"orange.fr", "yahoo.fr", "libero.it", "mail.ru", "yandex.ru", "qq.com", "163.com", "icloud.com",
			"protonmail.com", "t-online.de" };

	/** Every way the generator writes a country, as the ISO code the import would store. */
	static final String[][] COUNTRIES = { { "US", "United States", "USA", "US", "United States of America" },
			{ "GB", "United Kingdom", "UK", "GB", "England", "Scotland" },
			{ "DE", "Germany", "DE", "Deutschland", "DEU" }, { "FR", "France", "FR", "FRA" },
			{ "ES", "Spain", "España", "ES" }, { "IT", "Italy", "Italia", "IT" },
			{ "NL", "Netherlands", "NL", "Nederland", "Holland" }, { "SE", "Sweden", "SE", "Sverige" },
			{ "PL", "Poland", "PL", "Polska" }, { "RU", "Russia", "RU", "Russian Federation", "Россия" },
			{ "CN", "China", "CN", "中国", "People's Republic of China" }, { "JP", "Japan", "JP", "日本" },
			{ "IN", "India", "IN", "IND" }, { "BR", "Brazil", "Brasil", "BR" } };

	record TenantLoad(long tenantId, long rows, long seed) {
	}

	public static void main(String[] args) throws Exception {
		String url = null;
		String generator = null;
		String start = "2024-01-01T00:00:00Z";
		int spacing = 15;
		String rare = null;
		List<TenantLoad> tenants = new ArrayList<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			String value = args[i + 1];
			switch (args[i]) {
				case "--url" -> url = value;
				case "--generator" -> generator = value;
				case "--start" -> start = value;
				case "--spacing" -> spacing = Integer.parseInt(value);
				case "--rare-surname" -> rare = value;
				case "--tenant" -> {
					String[] parts = value.split(":");
					tenants.add(new TenantLoad(Long.parseLong(parts[0]), Long.parseLong(parts[1].replace("_", "")),
							Long.parseLong(parts[2])));
				}
				default -> usage();
			}
		}
		if (args.length % 2 != 0 || url == null || generator == null || tenants.isEmpty()) {
			usage();
		}
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			new BrowseLoader(connection, Path.of(generator), start, spacing).load(tenants, rare);
		}
	}

	static void usage() {
		System.err.println("""
				usage: java -cp postgresql.jar BrowseLoader.java --url JDBC_URL --generator ContactCsvGenerator.java
				         --tenant ID:ROWS:SEED [--tenant ...] [--rare-surname NAME:COUNT] [--start 2024-01-01T00:00:00Z]
				         [--spacing 15 (seconds between two contacts' created_at)]""");
		System.exit(2);
	}

	private final Connection connection;

	private final Path generator;

	private final String start;

	private final int spacing;

	private final Map<String, Object> result = new LinkedHashMap<>();

	BrowseLoader(Connection connection, Path generator, String start, int spacing) {
		this.connection = connection;
		this.generator = generator;
		this.start = start;
		this.spacing = spacing;
	}

	void load(List<TenantLoad> tenants, String rare) throws Exception {
		long began = System.nanoTime();
		execute("SET application_name = 'leadline-bench-loader'");
		execute("SET maintenance_work_mem = '512MB'");
		execute("SET work_mem = '256MB'");
		refuseInsertTriggers();
		List<String> indexes = secondaryIndexes();
		long t = System.nanoTime();
		for (String index : indexes) {
			execute("DROP INDEX " + index.substring(0, index.indexOf('\t')));
		}
		execute("SET session_replication_role = replica");
		execute("DROP TABLE IF EXISTS " + STAGE);
		execute("CREATE UNLOGGED TABLE " + STAGE + " (n bigint GENERATED ALWAYS AS IDENTITY (CACHE 10000), "
				+ "email text, first_name text, last_name text, title text, company text, website text, phone text, "
				+ "city text, country text, linkedin_url text, lead_source text, notes text)");
		long offset = 0;
		for (int i = 0; i < tenants.size(); i++) {
			TenantLoad tenant = tenants.get(i);
			loadTenant(tenant, offset, i == 0 ? rare : null);
			offset += tenant.rows;
		}
		execute("DROP TABLE " + STAGE);
		execute("RESET session_replication_role");
		result.put("load_seconds", seconds(t));
		t = System.nanoTime();
		for (String index : indexes) {
			execute(index.substring(index.indexOf('\t') + 1));
		}
		result.put("index_seconds", seconds(t));
		result.put("indexes_rebuilt", indexes.size());
		t = System.nanoTime();
		execute("VACUUM (ANALYZE) company");
		execute("VACUUM (ANALYZE) contact");
		result.put("vacuum_seconds", seconds(t));
		result.put("seconds", seconds(began));
		result.forEach((key, value) -> System.out.println(key + "="
				+ (value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value)));
	}

	/** session_replication_role = replica skips every ordinary trigger, not only the foreign-key checks. */
	private void refuseInsertTriggers() throws SQLException {
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("""
						SELECT string_agg(tgname, ', ') FROM pg_trigger
						WHERE tgrelid IN ('contact'::regclass, 'company'::regclass) AND NOT tgisinternal
						  AND (tgtype & 4) <> 0""")) {
			rs.next();
			if (rs.getString(1) != null) {
				throw new IllegalStateException("contact or company has INSERT triggers (" + rs.getString(1)
						+ "), which a load with session_replication_role = replica would skip: teach the loader "
						+ "what they maintain");
			}
		}
	}

	/** "name TAB definition" of contact's indexes that no constraint owns. */
	private List<String> secondaryIndexes() throws SQLException {
		List<String> indexes = new ArrayList<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("""
						SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
						FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
						WHERE i.indrelid = 'contact'::regclass
						  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
						ORDER BY c.relname""")) {
			while (rs.next()) {
				indexes.add(rs.getString(1) + "\t" + rs.getString(2));
			}
		}
		return indexes;
	}

	private void loadTenant(TenantLoad tenant, long offset, String rare) throws Exception {
		String key = "tenant_" + tenant.tenantId + "_";
		long t = System.nanoTime();
		execute("TRUNCATE " + STAGE + " RESTART IDENTITY");
		long copied = copyFromGenerator(tenant);
		if (copied != tenant.rows) {
			throw new IllegalStateException("the generator wrote " + copied + " rows, expected " + tenant.rows);
		}
		execute("ANALYZE " + STAGE);
		result.put(key + "copy_seconds", seconds(t));
		t = System.nanoTime();
		execute("DROP TABLE IF EXISTS bench_browse_rows");
		// One row per contact, with what the import would derive: its company's domain and the ISO country.
		try (PreparedStatement ps = connection.prepareStatement("""
				CREATE UNLOGGED TABLE bench_browse_rows AS
				SELECT s.n, btrim(s.email) AS email, nullif(btrim(s.first_name), '') AS first_name,
				       nullif(btrim(s.last_name), '') AS last_name, nullif(btrim(s.title), '') AS title,
				       nullif(btrim(s.company), '') AS company_name, nullif(btrim(s.phone), '') AS phone,
				       nullif(btrim(s.city), '') AS city, c.code AS country,
				       'https://www.linkedin.com/in/'
				           || substring(lower(s.linkedin_url) FROM 'linkedin\\.com/in/([^/?#]+)') AS linkedin_url,
				       coalesce(nullif(regexp_replace(regexp_replace(lower(btrim(s.website)), '^[a-z][a-z0-9+.-]*://', ''),
				                                      '^www\\.|[/?#:].*$', '', 'g'), ''),
				                CASE WHEN split_part(lower(s.email), '@', 2) <> ALL (?::text[])
				                     THEN split_part(lower(s.email), '@', 2) END) AS domain,
				       jsonb_strip_nulls(jsonb_build_object('Lead Source', nullif(btrim(s.lead_source), ''),
				                                            'Notes', nullif(btrim(s.notes), ''))) AS attributes
				FROM %s s LEFT JOIN (VALUES %s) AS c (name, code) ON c.name = lower(btrim(s.country))
				""".formatted(STAGE, countryValues()))) {
			ps.setArray(1, connection.createArrayOf("text", FREE_MAIL));
			ps.execute();
		}
		if (rare != null) {
			String[] parts = rare.split(":");
			int count = Integer.parseInt(parts[1]);
			try (PreparedStatement ps = connection.prepareStatement("""
					UPDATE bench_browse_rows SET last_name = ?
					WHERE n IN (SELECT (k * ?::bigint / (? + 1)) FROM generate_series(1, ?) k)""")) {
				ps.setString(1, parts[0]);
				ps.setLong(2, tenant.rows);
				ps.setInt(3, count);
				ps.setInt(4, count);
				result.put("rare_surname_rows", ps.executeUpdate());
			}
		}
		long companies = update("""
				INSERT INTO company (tenant_id, name, domain, website, created_at, updated_at)
				SELECT DISTINCT ON (domain) %d, coalesce(company_name, domain), domain, 'https://' || domain, %s, %s
				FROM bench_browse_rows WHERE domain IS NOT NULL
				ORDER BY domain, company_name IS NULL, n""".formatted(tenant.tenantId, timeAt(offset), timeAt(offset)));
		companies += update("""
				INSERT INTO company (tenant_id, name, created_at, updated_at)
				SELECT DISTINCT ON (lower(company_name)) %d, company_name, %s, %s
				FROM bench_browse_rows WHERE domain IS NULL AND company_name IS NOT NULL
				ORDER BY lower(company_name), n""".formatted(tenant.tenantId, timeAt(offset), timeAt(offset)));
		result.put(key + "companies", companies);
		// In the file's order, so ids (and created_at) grow with it.
		long rows = update("""
				INSERT INTO contact (tenant_id, company_id, company_name, email, first_name, last_name, title, phone,
				                     city, country, linkedin_url, attributes, created_at, updated_at)
				SELECT %1$d, co.id, co.name, r.email, r.first_name, r.last_name, r.title, r.phone, r.city, r.country,
				       r.linkedin_url, r.attributes, %2$s, %2$s + ((r.n * 7919) %% 5184000) * interval '1 second'
				FROM bench_browse_rows r
				LEFT JOIN company cd ON cd.tenant_id = %1$d AND cd.domain = r.domain
				LEFT JOIN company cn ON r.domain IS NULL AND cn.tenant_id = %1$d AND cn.domain IS NULL
				                     AND cn.name_key = lower(r.company_name)
				CROSS JOIN LATERAL (SELECT coalesce(cd.id, cn.id) AS id, coalesce(cd.name, cn.name) AS name) co
				ORDER BY r.n""".formatted(tenant.tenantId, timeAt(offset) + " + r.n * interval '" + spacing + " seconds'"));
		if (rows != tenant.rows) {
			throw new IllegalStateException("inserted " + rows + " contacts, expected " + tenant.rows);
		}
		execute("DROP TABLE bench_browse_rows");
		result.put(key + "insert_seconds", seconds(t));
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT count(*), min(id), max(id), count(company_id) FROM contact "
						+ "WHERE tenant_id = " + tenant.tenantId)) {
			rs.next();
			result.put(key + "contacts", rs.getLong(1));
			result.put(key + "first_id", rs.getLong(2));
			result.put(key + "last_id", rs.getLong(3));
			result.put(key + "with_company", rs.getLong(4));
		}
	}

	private long copyFromGenerator(TenantLoad tenant) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				generator.toString(), "--rows", Long.toString(tenant.rows), "--seed", Long.toString(tenant.seed),
				"--tenant-prefix", "t" + tenant.tenantId, "--invalid", "0", "--duplicates", "0", "--out", "-")
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		long rows;
		try (InputStream in = process.getInputStream()) {
			rows = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY " + STAGE + " (" + COLUMNS + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in, 1 << 20);
		}
		if (process.waitFor() != 0) {
			throw new IllegalStateException("the generator exited with " + process.exitValue());
		}
		return rows;
	}

	private String timeAt(long offset) {
		return "(timestamptz '" + start + "' + " + offset + " * interval '" + spacing + " seconds')";
	}

	private static String countryValues() {
		Map<String, String> codes = new LinkedHashMap<>();
		for (String[] country : COUNTRIES) {
			for (int i = 1; i < country.length; i++) {
				if (codes.putIfAbsent(country[i].toLowerCase(Locale.ROOT), country[0]) != null) {
					throw new IllegalStateException("two countries named " + country[i]);
				}
			}
		}
		StringBuilder values = new StringBuilder();
		codes.forEach((name, code) -> values.append(values.isEmpty() ? "" : ", ").append("('")
			.append(name.replace("'", "''")).append("', '").append(code).append("')"));
		return values.toString();
	}

	private void execute(String sql) throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute(sql);
		}
	}

	private long update(String sql) throws SQLException {
		try (Statement st = connection.createStatement()) {
			return st.executeLargeUpdate(sql);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
