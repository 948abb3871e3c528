import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The browse benchmark's measuring part: drives Leadline's contacts API with a concurrent client and runs the
 * same SQL through pgbench, shape by shape, and prints p50/p99 latency and requests per second of both. Java 17
 * single-file program; PostgreSQL's JDBC driver on the class path (the one inside leadline.jar). Started by
 * scripts/bench/browse, which loads the data and passes every option:
 *
 * <pre>
 * java -cp postgresql.jar scripts/bench/BrowseDriver.java --base http://localhost:8080 \
 *     --pg-url jdbc:postgresql://localhost:5432/leadline --pg-log-dir DIR --pgbench /usr/bin/pgbench --work DIR \
 *     --tenant ID:EMAIL:PASSWORD [--tenant ...] (the first is the measured one) [--duration 10] [--warmup 3] ...
 * </pre>
 *
 * <b>The SQL is the app's own.</b> Before measuring, every shape's request is made once while PostgreSQL logs
 * every statement with its parameters ({@code log_min_duration_statement = 0}, jsonlog, for those requests
 * only). Of the statements logged during a request, the script keeps each connection checkout (from the
 * app's {@code set_config('leadline.tenant_id', ...)} to the next) that reads contact or company: the tenant
 * declaration, BEGIN READ ONLY, the queries and COMMIT, in the order the app sent them. Left out: the rate
 * limiter's bucket transaction and the job platform's polling. pgbench replays that as leadline_app (row level
 * security applies as in the app) with the same parameters, prepared ({@code -M prepared}), as the JDBC driver
 * prepares a statement from its fifth use; the detail shape draws a random contact id per transaction.
 */
public class BrowseDriver {

	static final int CONNECTIONS_DEFAULT = 4;

	record Tenant(long id, String email, String password, int index) {
	}

	/** A request shape: what to ask, and what its answer must hold. */
	record Shape(String key, String label, Session session, Function<ThreadLocalRandom, String> path, String kind,
			int expectedItems) {
	}

	record Sample(long[] nanos, int count, long errors, double seconds, String firstError) {
	}

	record Figures(double p50, double p99, double rps, long n, long errors) {

		static Figures of(long[] nanos, int count, double seconds, long errors) {
			long[] sorted = Arrays.copyOf(nanos, count);
			Arrays.sort(sorted);
			return new Figures(percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, count / seconds, count,
					errors);
		}

		static double percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(p * sorted.length);
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
		}
	}

	/** A statement as the app sent it: its text with $n placeholders and the values it bound. */
	record LoggedStatement(String sql, List<String> parameters) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				usage();
			}
			options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[i + 1]);
		}
		new BrowseDriver(options).run();
	}

	static void usage() {
		System.err.println("""
				usage: java -cp postgresql.jar BrowseDriver.java --base URL --pg-url JDBC_URL --pg-log-dir DIR
				         --pgbench PATH --work DIR --tenant ID:EMAIL:PASSWORD [--tenant ...]
				         [--duration 10] [--warmup 3] [--jit-warmup 5] [--connections 4] [--deep 200] [--country DE]
				         [--common an] [--common3 mar] [--middling kow] [--rare quillfeather] [--rare-count 6]
				         [--app-pid PID[,PID...]] [--pg-pid POSTMASTER_PID] (CPU per request)
				         [--shapes KEY,KEY (only these: first, keyset, filtered, search-an, search-mar, search-middling, search-rare,
				                            detail, first-tN, keyset-tN for tenant N)]""");
		System.exit(2);
	}

	private final Map<String, List<String>> options;

	private final String base;

	private final String pgUrl;

	private final Path work;

	private final int duration;

	private final int warmup;

	/** Seconds each shape runs through the API before any is measured (0: none). */
	private final int jitWarmup;

	private final int connections;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	private final List<String> explains = new ArrayList<>();

	/** CPU milliseconds of the app and of PostgreSQL per request of each shape's API phase. */
	private final Map<String, double[]> cpuPerRequest = new LinkedHashMap<>();

	/** The machine's 1-minute load average right after each shape's API phase (other work on the machine). */
	private final Map<String, String> loads = new LinkedHashMap<>();

	private long errors;

	BrowseDriver(Map<String, List<String>> options) {
		this.options = options;
		this.base = one("base", null);
		this.pgUrl = one("pg-url", null);
		this.work = Path.of(one("work", null));
		this.duration = Integer.parseInt(one("duration", "10"));
		this.warmup = Integer.parseInt(one("warmup", "3"));
		this.jitWarmup = Integer.parseInt(one("jit-warmup", "5"));
		this.connections = Integer.parseInt(one("connections", Integer.toString(CONNECTIONS_DEFAULT)));
	}

	String one(String name, String fallback) {
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

	void run() throws Exception {
		List<Session> sessions = new ArrayList<>();
		for (String spec : options.getOrDefault("tenant", List.of())) {
			String[] parts = spec.split(":", 3);
			sessions.add(new Session(new Tenant(Long.parseLong(parts[0]), parts[1], parts[2], sessions.size())));
		}
		if (sessions.isEmpty()) {
			usage();
		}
		for (Session session : sessions) {
			session.login();
		}
		int deep = Integer.parseInt(one("deep", "200"));
		Session measured = sessions.get(0);
		long[] ids = idRange(measured.tenant.id);
		String country = one("country", "DE");
		String rare = one("rare", "quillfeather");
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape("first", "first page (default sort -created)", measured, r -> "/api/v1/contacts", "page", 50));
		String cursor = deepCursor(measured, deep);
		shapes.add(new Shape("keyset", "keyset page, " + measured.depth + " pages deep", measured,
				r -> "/api/v1/contacts?cursor=" + cursor, "page", 50));
		shapes.add(new Shape("filtered", "filtered first page (country=" + country + ")", measured,
				r -> "/api/v1/contacts?country=" + country, "page", 50));
		for (String term : List.of(one("common", "an"), one("common3", "mar"))) {
			shapes.add(new Shape("search-" + term, "search, common term '" + term + "'", measured,
					r -> "/api/v1/contacts?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8), "search", 50));
		}
		// Too many matches for the id list (over 5,000), too few to fill a page within the next 2,000 rows.
		String middling = one("middling", "kow");
		shapes.add(new Shape("search-middling", "search, middling term '" + middling + "'", measured,
				r -> "/api/v1/contacts?q=" + URLEncoder.encode(middling, StandardCharsets.UTF_8), "search", 50));
		shapes.add(new Shape("search-rare", "search, rare term '" + rare + "'", measured,
				r -> "/api/v1/contacts?q=" + URLEncoder.encode(rare, StandardCharsets.UTF_8), "search",
				Integer.parseInt(one("rare-count", "6"))));
		shapes.add(new Shape("detail", "contact detail (random id)", measured,
				r -> "/api/v1/contacts/" + r.nextLong(ids[0], ids[1] + 1), "detail", -1));
		// Every tenant's first page against its own keyset page (the trap of the tenant with the oldest rows).
		List<Shape[]> perTenant = new ArrayList<>();
		perTenant.add(new Shape[] { shapes.get(0), shapes.get(1) });
		for (Session session : sessions.subList(1, sessions.size())) {
			String tenantCursor = deepCursor(session, deep);
			perTenant.add(new Shape[] {
					new Shape("first-t" + session.tenant.id, "first page", session, r -> "/api/v1/contacts", "page", 50),
					new Shape("keyset-t" + session.tenant.id, "keyset page", session,
							r -> "/api/v1/contacts?cursor=" + tenantCursor, "page", 50) });
		}
		List<Shape> all = new ArrayList<>(shapes);
		perTenant.subList(1, perTenant.size()).forEach(pair -> all.addAll(List.of(pair)));
		String only = one("shapes", "");
		if (!only.isEmpty()) {
			List<String> keys = List.of(only.split(","));
			all.removeIf(shape -> !keys.contains(shape.key));
			shapes.removeIf(shape -> !keys.contains(shape.key));
			perTenant.removeIf(pair -> !keys.contains(pair[0].key) || !keys.contains(pair[1].key));
		}

		long detailId = (ids[0] + ids[1]) / 2;
		Map<String, List<LoggedStatement>> captured = capture(all, detailId);
		Map<String, Path> scripts = new LinkedHashMap<>();
		for (Shape shape : all) {
			scripts.put(shape.key, pgbenchScript(shape, captured.get(shape.key), detailId, ids));
		}

		// The JVM compiles the request path while it runs: one round over every shape first, so the first shapes
		// measured are not the ones that pay for it.
		if (jitWarmup > 0) {
			log("JIT warm-up: %d s of each shape through the API, not measured".formatted(jitWarmup));
			for (Shape shape : all) {
				shape.session.fresh();
				drive(shape, jitWarmup);
			}
		}
		Map<String, Figures[]> results = new LinkedHashMap<>();
		for (Shape shape : all) {
			log("%s: %s (tenant %d)".formatted(shape.key, shape.label, shape.session.tenant.id));
			Figures api = measureApi(shape);
			loads.put(shape.key, loadAverage());
			Figures sql = measureSql(shape, scripts.get(shape.key));
			results.put(shape.key, new Figures[] { api, sql });
		}
		for (Shape shape : all) {
			explain(shape, captured.get(shape.key));
		}
		Path plans = work.resolve("plans.txt");
		Files.writeString(plans, String.join("\n", explains));

		report(shapes, perTenant, sessions, results, captured, plans);
		if (errors > 0) {
			System.exit(1);
		}
	}

	// ---------------------------------------------------------------------------------------------- the API side

	/** A tenant's signed-in user. */
	final class Session {

		final Tenant tenant;

		volatile String token;

		long signedInAt;

		int depth;

		Session(Tenant tenant) {
			this.tenant = tenant;
		}

		synchronized void login() throws IOException, InterruptedException {
			String body = "{\"email\":\"" + tenant.email + "\",\"password\":\"" + tenant.password + "\"}";
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("login of " + tenant.email + " answered " + response.statusCode() + ": "
						+ response.body());
			}
			token = match("\"accessToken\":\"([^\"]+)\"", response.body());
			signedInAt = System.nanoTime();
		}

		/** Signs in again before a phase when the 15-minute token is more than 10 minutes old. */
		void fresh() throws IOException, InterruptedException {
			if (System.nanoTime() - signedInAt > Duration.ofMinutes(10).toNanos()) {
				login();
			}
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 401) {
				login();
				response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
			}
			return response;
		}

		private HttpRequest request(String path) {
			return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
				.header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
		}
	}

	/** Follows nextCursor from the first page, {@code pages} pages deep (or to the last page). */
	String deepCursor(Session session, int pages) throws Exception {
		String cursor = null;
		int depth = 0;
		for (; depth < pages; depth++) {
			HttpResponse<String> page = session.get("/api/v1/contacts" + (cursor == null ? ""
					: "?cursor=" + cursor));
			check(page, "page " + depth + " of tenant " + session.tenant.id);
			String next = find("\"nextCursor\":\"([^\"]+)\"", page.body());
			if (next == null) {
				break;
			}
			cursor = next;
		}
		if (cursor == null) {
			throw new IllegalStateException("tenant " + session.tenant.id + " has a single page of contacts");
		}
		session.depth = depth;
		return cursor;
	}

	Figures measureApi(Shape shape) throws Exception {
		shape.session.fresh();
		drive(shape, warmup);
		long[] cpu0 = cpu();
		Sample sample = drive(shape, duration);
		long[] cpu1 = cpu();
		if (sample.count > 0) {
			cpuPerRequest.put(shape.key, new double[] { (cpu1[0] - cpu0[0]) / 1e6 / sample.count,
					(cpu1[1] - cpu0[1]) / 1e6 / sample.count });
		}
		errors += sample.errors;
		if (sample.errors > 0) {
			log("  API: %d errors, the first: %s".formatted(sample.errors, sample.firstError));
		}
		Figures figures = Figures.of(sample.nanos, sample.count, sample.seconds, sample.errors);
		log("  API  p50 %.2f ms, p99 %.2f ms, %.0f requests/s".formatted(figures.p50, figures.p99, figures.rps));
		return figures;
	}

	/** {@link #connections} threads, each sending one request after the other for {@code seconds}. */
	Sample drive(Shape shape, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		long[][] latencies = new long[connections][];
		int[] counts = new int[connections];
		AtomicLong failed = new AtomicLong();
		String[] firstError = new String[1];
		Thread[] threads = new Thread[connections];
		long started = System.nanoTime();
		for (int t = 0; t < connections; t++) {
			int slot = t;
			threads[t] = new Thread(() -> {
				long[] mine = new long[1 << 14];
				int n = 0;
				ThreadLocalRandom random = ThreadLocalRandom.current();
				while (System.nanoTime() < deadline) {
					String path = shape.path.apply(random);
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> response = shape.session.get(path);
						long elapsed = System.nanoTime() - t0;
						if (response.statusCode() != 200) {
							failed.incrementAndGet();
							synchronized (firstError) {
								if (firstError[0] == null) {
									firstError[0] = path + " answered " + response.statusCode() + ": " + response.body();
								}
							}
							continue;
						}
						if (n == mine.length) {
							mine = Arrays.copyOf(mine, n * 2);
						}
						mine[n++] = elapsed;
					}
					catch (IOException | InterruptedException e) {
						failed.incrementAndGet();
						synchronized (firstError) {
							if (firstError[0] == null) {
								firstError[0] = path + ": " + e;
							}
						}
					}
				}
				latencies[slot] = mine;
				counts[slot] = n;
			}, "browse-client-" + t);
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int t = 0; t < connections; t++) {
			System.arraycopy(latencies[t], 0, all, at, counts[t]);
			at += counts[t];
		}
		return new Sample(all, total, failed.get(), elapsed, firstError[0]);
	}

	// ------------------------------------------------------------------------------------ capturing the app's SQL

	/**
	 * Makes each shape's request once while PostgreSQL logs every statement, between marker statements of the
	 * superuser, and returns each shape's statements (see the class comment for which).
	 */
	Map<String, List<LoggedStatement>> capture(List<Shape> shapes, long detailId) throws Exception {
		Path logDir = Path.of(one("pg-log-dir", null));
		Map<String, List<LoggedStatement>> captured = new LinkedHashMap<>();
		try (Connection pg = superuser()) {
			// One request first, so the capture sees the app's steady state (prepared statements, warm caches).
			for (Shape shape : shapes) {
				shape.session.get(capturePath(shape, detailId));
			}
			execute(pg, "ALTER SYSTEM SET log_min_duration_statement = 0");
			execute(pg, "SELECT pg_reload_conf()");
			Thread.sleep(500);
			try {
				for (Shape shape : shapes) {
					execute(pg, "SELECT 'leadline-bench:begin:" + shape.key + "'");
					Thread.sleep(100);
					HttpResponse<String> response = shape.session.get(capturePath(shape, detailId));
					check(response, shape.key);
					int items = count("\"createdAt\":", response.body());
					if (shape.expectedItems >= 0 && items != shape.expectedItems) {
						throw new IllegalStateException(shape.key + " answered " + items + " contacts, expected "
								+ shape.expectedItems + ": " + abbreviate(response.body()));
					}
					Thread.sleep(100);
					execute(pg, "SELECT 'leadline-bench:end:" + shape.key + "'");
				}
			}
			finally {
				execute(pg, "ALTER SYSTEM RESET log_min_duration_statement");
				execute(pg, "SELECT pg_reload_conf()");
			}
			Thread.sleep(1000);
		}
		List<Map<String, String>> entries = new ArrayList<>();
		try (Stream<Path> files = Files.list(logDir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					if (!line.isBlank()) {
						entries.add(JsonLine.parse(line));
					}
				}
			}
		}
		for (Shape shape : shapes) {
			captured.put(shape.key, statementsOf(entries, shape.key));
			if (captured.get(shape.key).isEmpty()) {
				throw new IllegalStateException("no statements on contact or company logged for " + shape.key
						+ " (see " + logDir + ")");
			}
		}
		return captured;
	}

	static String capturePath(Shape shape, long detailId) {
		return shape.kind.equals("detail") ? "/api/v1/contacts/" + detailId
				: shape.path.apply(ThreadLocalRandom.current());
	}

	static final Pattern EXECUTED = Pattern.compile("^duration: [0-9.]+ ms  (?:execute [^:]*|statement): (.*)$",
			Pattern.DOTALL);

	static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']++|'')*+)')");

	static final Pattern BROWSING = Pattern.compile("\\b(contact|company|contact_ids_matching)\\b");

	static List<LoggedStatement> statementsOf(List<Map<String, String>> entries, String key) {
		int begin = -1;
		int end = -1;
		for (int i = 0; i < entries.size(); i++) {
			String message = entries.get(i).getOrDefault("message", "");
			if (message.endsWith("'leadline-bench:begin:" + key + "'")) {
				begin = i;
			}
			else if (message.endsWith("'leadline-bench:end:" + key + "'")) {
				end = i;
			}
		}
		if (begin < 0 || end < begin) {
			throw new IllegalStateException("markers of " + key + " not found in PostgreSQL's log");
		}
		// Per backend: its checkouts, each starting with the app's tenant declaration.
		Map<String, List<List<LoggedStatement>>> checkouts = new LinkedHashMap<>();
		List<List<LoggedStatement>> order = new ArrayList<>();
		for (Map<String, String> entry : entries.subList(begin + 1, end)) {
			if (!"leadline_app".equals(entry.get("user"))) {
				continue;
			}
			Matcher executed = EXECUTED.matcher(entry.getOrDefault("message", ""));
			if (!executed.matches() || executed.group(1).isBlank()) {
				continue;
			}
			List<String> parameters = new ArrayList<>();
			Matcher p = PARAMETER.matcher(entry.getOrDefault("detail", ""));
			while (p.find()) {
				parameters.add(p.group(2).equals("NULL") ? null : p.group(3).replace("''", "'"));
			}
			LoggedStatement statement = new LoggedStatement(executed.group(1), parameters);
			List<List<LoggedStatement>> backend = checkouts.computeIfAbsent(entry.get("pid"), k -> new ArrayList<>());
			if (statement.sql.contains("set_config('leadline.tenant_id'") || backend.isEmpty()) {
				List<LoggedStatement> checkout = new ArrayList<>();
				backend.add(checkout);
				order.add(checkout);
			}
			backend.get(backend.size() - 1).add(statement);
		}
		List<LoggedStatement> kept = new ArrayList<>();
		for (List<LoggedStatement> checkout : order) {
			boolean browsing = checkout.stream().anyMatch(s -> BROWSING.matcher(s.sql).find());
			boolean other = checkout.stream().anyMatch(s -> s.sql.contains("rate_limit_bucket"));
			if (browsing && !other) {
				kept.addAll(checkout);
			}
		}
		return kept;
	}

	/** The captured statements as a pgbench script; the parameters go in as -D variables (see {@link #measureSql}). */
	Path pgbenchScript(Shape shape, List<LoggedStatement> statements, long detailId, long[] ids) throws IOException {
		StringBuilder script = new StringBuilder();
		List<String> defines = new ArrayList<>();
		if (shape.kind.equals("detail")) {
			script.append("\\set cid random(").append(ids[0]).append(", ").append(ids[1]).append(")\n");
		}
		for (int s = 0; s < statements.size(); s++) {
			LoggedStatement statement = statements.get(s);
			int index = s;
			Matcher m = Pattern.compile("\\$(\\d+)").matcher(statement.sql);
			StringBuilder sql = new StringBuilder();
			while (m.find()) {
				int n = Integer.parseInt(m.group(1));
				String value = statement.parameters.get(n - 1);
				String replacement;
				if (value == null) {
					replacement = "NULL";
				}
				else if (value.isEmpty()) {
					replacement = "''"; // pgbench -D takes no empty value
				}
				else if (shape.kind.equals("detail") && value.equals(Long.toString(detailId))) {
					replacement = ":cid";
				}
				else {
					String variable = "s" + index + "p" + n;
					defines.add(variable + "=" + value);
					replacement = ":" + variable;
				}
				m.appendReplacement(sql, Matcher.quoteReplacement(replacement));
			}
			m.appendTail(sql);
			if (sql.indexOf(";") >= 0) {
				throw new IllegalStateException("a captured statement holds a semicolon, which pgbench would split: " + sql);
			}
			script.append(sql.toString().strip()).append(";\n");
		}
		Path file = work.resolve("pgbench-" + shape.key + ".sql");
		Files.writeString(file, script);
		Files.write(work.resolve("pgbench-" + shape.key + ".defines"), defines);
		return file;
	}

	// ---------------------------------------------------------------------------------------------- the SQL side

	Figures measureSql(Shape shape, Path script) throws Exception {
		List<String> defines = Files.readAllLines(work.resolve("pgbench-" + shape.key + ".defines"));
		pgbench(script, defines, warmup, null);
		Path logs = work.resolve("pgbench-log-" + shape.key);
		Files.createDirectories(logs);
		String output = pgbench(script, defines, duration, logs.resolve("tx").toString());
		long failed = 0;
		Matcher m = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
		if (m.find()) {
			failed = Long.parseLong(m.group(1));
		}
		long[] nanos = new long[1 << 16];
		int n = 0;
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : files.sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					String[] fields = line.trim().split("\\s+");
					if (fields.length < 3) {
						continue;
					}
					if (n == nanos.length) {
						nanos = Arrays.copyOf(nanos, n * 2);
					}
					nanos[n++] = Long.parseLong(fields[2]) * 1000;
				}
			}
		}
		Matcher processed = Pattern.compile("duration: (\\d+) s").matcher(output);
		double seconds = processed.find() ? Double.parseDouble(processed.group(1)) : duration;
		Figures figures = Figures.of(nanos, n, seconds, failed);
		errors += failed;
		log("  SQL  p50 %.2f ms, p99 %.2f ms, %.0f transactions/s".formatted(figures.p50, figures.p99, figures.rps));
		return figures;
	}

	String pgbench(Path script, List<String> defines, int seconds, String logPrefix) throws Exception {
		URI url = URI.create(pgUrl.substring("jdbc:".length()));
		List<String> command = new ArrayList<>(List.of(one("pgbench", null), "-n", "-M", "prepared", "-c",
				Integer.toString(connections), "-j", Integer.toString(Math.min(2, connections)), "-T",
				Integer.toString(seconds), "-h", url.getHost(), "-p", Integer.toString(url.getPort()), "-U",
				"leadline_app", "-f", script.toString()));
		for (String define : defines) {
			command.add("-D");
			command.add(define);
		}
		if (logPrefix != null) {
			command.add("--log");
			command.add("--log-prefix=" + logPrefix);
		}
		command.add(url.getPath().substring(1));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("pgbench failed on " + script + ":\n" + output);
		}
		return output;
	}

	/** EXPLAIN (ANALYZE, BUFFERS) of each captured query, as leadline_app with the tenant declared. */
	void explain(Shape shape, List<LoggedStatement> statements) throws SQLException {
		explains.add("==== " + shape.key + ": " + shape.label + " (tenant " + shape.session.tenant.id + ")");
		try (Connection app = DriverManager.getConnection(pgUrl, "leadline_app", "")) {
			for (LoggedStatement statement : statements) {
				String sql = literal(statement);
				if (sql.startsWith("SELECT set_config(")) {
					execute(app, sql);
					continue;
				}
				if (!BROWSING.matcher(sql).find()) {
					continue;
				}
				explains.add("-- " + sql);
				explains.addAll(query(app, "EXPLAIN (ANALYZE, BUFFERS) " + sql));
				Matcher search = Pattern.compile("contact_ids_matching\\('((?:[^']++|'')*+)', '?(\\d+)'?\\)").matcher(sql);
				if (search.find()) {
					explainSearchFunction(search.group(1), search.group(2), shape.session.tenant.id);
				}
			}
		}
		explains.add("");
	}

	/**
	 * The search function runs as the table owner: its query, as the superuser with the tenant declared and the
	 * function's own settings ({@code SET} clauses such as enable_seqscan) in force.
	 */
	void explainSearchFunction(String pattern, String maxIds, long tenantId) throws SQLException {
		try (Connection pg = superuser()) {
			execute(pg, "SELECT set_config('leadline.tenant_id', '" + tenantId + "', false)");
			List<String> settings = query(pg,
					"SELECT unnest(proconfig) FROM pg_proc WHERE proname = 'contact_ids_matching' AND proconfig IS NOT NULL");
			for (String setting : settings) {
				int eq = setting.indexOf('=');
				try (PreparedStatement st = pg.prepareStatement("SELECT set_config(?, ?, false)")) {
					st.setString(1, setting.substring(0, eq));
					st.setString(2, setting.substring(eq + 1));
					st.execute();
				}
			}
			String body = query(pg, "SELECT prosrc FROM pg_proc WHERE proname = 'contact_ids_matching'").get(0);
			String inner = body.replaceAll("\\bpattern\\b", Matcher.quoteReplacement("'" + pattern + "'"))
				.replaceAll("\\bmax_ids\\b", maxIds).strip();
			explains.add("-- inside contact_ids_matching (as the table owner would run it"
					+ (settings.isEmpty() ? "" : ", with " + String.join(", ", settings)) + "):");
			explains.add("-- " + inner.replaceAll("\\s+", " "));
			explains.addAll(query(pg, "EXPLAIN (ANALYZE, BUFFERS) " + inner));
		}
	}

	/** The statement with its parameters written in as literals. */
	static String literal(LoggedStatement statement) {
		Matcher m = Pattern.compile("\\$(\\d+)").matcher(statement.sql);
		StringBuilder sql = new StringBuilder();
		while (m.find()) {
			String value = statement.parameters.get(Integer.parseInt(m.group(1)) - 1);
			m.appendReplacement(sql, Matcher.quoteReplacement(value == null ? "NULL" : "'" + value.replace("'", "''") + "'"));
		}
		m.appendTail(sql);
		return sql.toString();
	}

	// ---------------------------------------------------------------------------------------------- the report

	void report(List<Shape> shapes, List<Shape[]> perTenant, List<Session> sessions, Map<String, Figures[]> results,
			Map<String, List<LoggedStatement>> captured, Path plans) {
		StringBuilder out = new StringBuilder();
		Session measured = sessions.get(0);
		out.append("\nQuery shapes, tenant ").append(measured.tenant.id).append(" (the one with the oldest rows); ")
			.append(connections).append(" connections, ").append(duration).append(" s each after ").append(warmup)
			.append(" s warm-up; latency in ms\n\n");
		out.append(String.format(Locale.ROOT, "%-44s %8s %8s %7s %12s | %8s %8s %7s | %5s | %s%n", "shape", "API p50",
				"p99", "rps", "CPU/req", "SQL p50", "p99", "tps", "load", "target (API p99)"));
		int missed = 0;
		for (Shape shape : shapes) {
			Figures api = results.get(shape.key)[0];
			Figures sql = results.get(shape.key)[1];
			double limit = shape.kind.equals("search") ? 100 : 25;
			boolean met = api.p99 < limit && api.errors == 0;
			missed += met ? 0 : 1;
			out.append(String.format(Locale.ROOT, "%-44s %8.2f %8.2f %7.0f %12s | %8.2f %8.2f %7.0f | %5s | < %.0f ms: %s%n",
					shape.label, api.p50, api.p99, api.rps, cpu(shape.key), sql.p50, sql.p99, sql.rps, loads.get(shape.key),
					limit, met ? "met" : "MISSED"));
		}
		if (!perTenant.isEmpty()) {
			out.append("\nFirst page against keyset page (").append(perTenant.get(0)[1].session.depth)
				.append(" pages deep) per tenant; target: first page p50 <= 2 x keyset page p50 through the API\n\n");
			out.append(String.format(Locale.ROOT, "%-22s %15s %15s %7s %7s | %15s %15s %7s | %5s%n", "tenant",
					"API first p50/p99", "keyset p50/p99", "p50 x", "p99 x", "SQL first", "keyset", "p50 x", "load"));
		}
		for (Shape[] pair : perTenant) {
			Figures[] first = results.get(pair[0].key);
			Figures[] keyset = results.get(pair[1].key);
			double ratio = first[0].p50 / keyset[0].p50;
			boolean met = ratio <= 2.0;
			missed += met ? 0 : 1;
			Session session = pair[0].session;
			out.append(String.format(Locale.ROOT,
					"%-22s %7.2f/%7.2f %7.2f/%7.2f %7.2f %7.2f | %7.2f/%7.2f %7.2f/%7.2f %7.2f | %5s %s%n",
					"tenant " + session.tenant.id + (session == measured ? " (oldest rows)" : ""), first[0].p50,
					first[0].p99, keyset[0].p50, keyset[0].p99, ratio, first[0].p99 / keyset[0].p99, first[1].p50,
					first[1].p99, keyset[1].p50, keyset[1].p99, first[1].p50 / keyset[1].p50, loads.get(pair[0].key),
					met ? "met" : "MISSED"));
		}
		out.append("\nCPU/req: CPU milliseconds per API request, app + PostgreSQL (process CPU time over the measured phase;\n"
				+ "PostgreSQL's includes its background processes).\n");
		out.append("load: the machine's 1-minute load average after the API phase (").append(Runtime.getRuntime()
			.availableProcessors()).append(" cores; above that, other work competed for them).\n");
		out.append("API: java.net.http client, HTTP/1.1, ").append(connections)
			.append(" threads each waiting for its answer (closed loop); latency = request sent to body read.\n");
		out.append("SQL: pgbench -M prepared -c ").append(connections).append(" -j ").append(Math.min(2, connections))
			.append(" as leadline_app, replaying the statements the app sent for one request of the shape (scripts: ")
			.append(work).append("/pgbench-*.sql); latency per script run from --log.\n");
		for (Shape shape : shapes) {
			out.append("  ").append(shape.key).append(": ").append(captured.get(shape.key).stream()
				.map(s -> firstWords(s.sql)).reduce((a, b) -> a + "; " + b).orElse("")).append('\n');
		}
		out.append("EXPLAIN (ANALYZE, BUFFERS) of every captured query: ").append(plans).append('\n');
		out.append(missed == 0 ? "targets: all met\n" : "targets: " + missed + " MISSED (see above)\n");
		if (errors > 0) {
			out.append("ERRORS: ").append(errors).append(" failed requests or transactions\n");
		}
		System.out.print(out);
	}

	String cpu(String key) {
		double[] ms = cpuPerRequest.get(key);
		return ms == null ? "-" : String.format(Locale.ROOT, "%.1f+%.1f", ms[0], ms[1]);
	}

	static String firstWords(String sql) {
		String flat = sql.replaceAll("\\s+", " ").replace("\"", "");
		Matcher from = Pattern.compile("(?i)\\bfrom (\\w+)( where \\(?(.{0,90}))?").matcher(flat);
		if (flat.startsWith("SELECT set_config")) {
			return "set tenant";
		}
		if (from.find()) {
			return "select from " + from.group(1) + (from.group(3) == null ? "" : " where " + from.group(3) + "...");
		}
		return flat.length() > 60 ? flat.substring(0, 60) + "..." : flat;
	}

	// ---------------------------------------------------------------------------------------------- helpers

	/**
	 * CPU nanoseconds used so far by the app (--app-pid; a comma-separated list sums several processes, as for
	 * a cluster's API processes) and by PostgreSQL (--pg-pid, the postmaster, with its
	 * live children: the app's pooled connections persist over a phase, so none of their work is lost).
	 */
	long[] cpu() {
		long app = 0;
		for (String pid : one("app-pid", "-1").split(",")) {
			app += cpuOf(ProcessHandle.of(Long.parseLong(pid.trim())));
		}
		long pg = 0;
		java.util.Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(one("pg-pid", "-1")));
		if (postmaster.isPresent()) {
			pg = cpuOf(postmaster) + postmaster.get().children().mapToLong(c -> cpuOf(java.util.Optional.of(c))).sum();
		}
		return new long[] { app, pg };
	}

	static long cpuOf(java.util.Optional<ProcessHandle> process) {
		return process.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException e) {
			return "?";
		}
	}

	Connection superuser() throws SQLException {
		return DriverManager.getConnection(pgUrl, "postgres", "");
	}

	long[] idRange(long tenantId) throws SQLException {
		try (Connection pg = superuser()) {
			List<String> row = query(pg, "SELECT min(id) || ' ' || max(id) FROM contact WHERE tenant_id = " + tenantId);
			String[] parts = row.get(0).split(" ");
			return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
		}
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute(sql);
		}
	}

	static List<String> query(Connection connection, String sql) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
			while (rs.next()) {
				lines.add(rs.getString(1));
			}
		}
		return lines;
	}

	static void check(HttpResponse<String> response, String what) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(what + ": " + response.uri() + " answered " + response.statusCode() + ": "
					+ abbreviate(response.body()));
		}
	}

	static String match(String regex, String text) {
		String value = find(regex, text);
		if (value == null) {
			throw new IllegalStateException("no " + regex + " in " + abbreviate(text));
		}
		return value;
	}

	static String find(String regex, String text) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? m.group(1) : null;
	}

	static int count(String needle, String text) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "..." : text;
	}

	static void log(String message) {
		System.err.printf("%tT bench: %s%n", System.currentTimeMillis(), message);
	}

	/** One line of PostgreSQL's jsonlog: a flat object of strings and numbers. */
	static final class JsonLine {

		private final String text;

		private int at;

		private JsonLine(String text) {
			this.text = text;
		}

		static Map<String, String> parse(String line) {
			return new JsonLine(line).object();
		}

		private Map<String, String> object() {
			Map<String, String> values = new LinkedHashMap<>();
			expect('{');
			skip();
			if (text.charAt(at) == '}') {
				return values;
			}
			while (true) {
				skip();
				String key = string();
				skip();
				expect(':');
				skip();
				values.put(key, value());
				skip();
				char c = text.charAt(at++);
				if (c == '}') {
					return values;
				}
				if (c != ',') {
					throw new IllegalArgumentException("unexpected " + c + " at " + at + " in " + text);
				}
			}
		}

		private String value() {
			if (text.charAt(at) == '"') {
				return string();
			}
			int start = at;
			while (at < text.length() && ",}".indexOf(text.charAt(at)) < 0) {
				at++;
			}
			String raw = text.substring(start, at).strip();
			return raw.equals("null") ? null : raw;
		}

		private String string() {
			expect('"');
			StringBuilder s = new StringBuilder();
			while (true) {
				char c = text.charAt(at++);
				if (c == '"') {
					return s.toString();
				}
				if (c != '\\') {
					s.append(c);
					continue;
				}
				char e = text.charAt(at++);
				switch (e) {
					case 'n' -> s.append('\n');
					case 't' -> s.append('\t');
					case 'r' -> s.append('\r');
					case 'b' -> s.append('\b');
					case 'f' -> s.append('\f');
					case 'u' -> {
						s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
						at += 4;
					}
					default -> s.append(e);
				}
			}
		}

		private void expect(char c) {
			if (text.charAt(at++) != c) {
				throw new IllegalArgumentException("expected " + c + " at " + (at - 1) + " in " + text);
			}
		}

		private void skip() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}
	}

}
