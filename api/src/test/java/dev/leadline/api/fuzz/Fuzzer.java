package dev.leadline.api.fuzz;

import dev.leadline.api.fuzz.ApiDocument.Field;
import dev.leadline.api.fuzz.ApiDocument.Operation;
import dev.leadline.api.fuzz.ApiDocument.Parameter;
import dev.leadline.api.fuzz.HostileValues.Hostile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every hostile value to every parameter, header and body field of an operation,
 * one throwaway {@link Arena} per parameter or field (one per operation for reads), and
 * collects what the answers violate. The valid request (the baseline) goes last, so a
 * destructive operation (log out, delete) cannot spoil the hostile requests before it.
 */
final class Fuzzer {

	/** The JSON body limit (leadline.http.max-json-body) and twice it, sent chunked. */
	static final int OVER_THE_LIMIT = 2 * 1024 * 1024;

	private static final String PLACEHOLDER = "\u0007fuzz\u0007";

	private final ApiDocument document;

	private final Arena.Fixtures fixtures;

	private final RawHttp http;

	private final ResponseRules rules;

	private final JsonMapper json;

	private final Bodies bodies;

	private final Map<String, List<String>> violations = new LinkedHashMap<>();

	private final Map<String, Integer> baselines = new LinkedHashMap<>();

	private final Map<String, Long> millisByOperation = new LinkedHashMap<>();

	private long arenas;

	private long arenaNanos;

	Fuzzer(ApiDocument document, Arena.Fixtures fixtures, RawHttp http, ResponseRules rules, JsonMapper json) {
		this.document = document;
		this.fixtures = fixtures;
		this.http = http;
		this.rules = rules;
		this.json = json;
		this.bodies = new Bodies(document);
	}

	/** Violations by request. */
	Map<String, List<String>> violations() {
		return violations;
	}

	/** The status of each operation's valid request. */
	Map<String, Integer> baselines() {
		return baselines;
	}

	/** Where the time went: arenas made and the time making them, per operation. */
	String timings() {
		StringBuilder timings = new StringBuilder(
				"%d arenas in %d s; slowest operations:".formatted(arenas, arenaNanos / 1_000_000_000L));
		millisByOperation.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.forEach(entry -> timings.append("\n  ").append(entry.getValue()).append(" ms ").append(entry.getKey()));
		return timings.toString();
	}

	void fuzz(Operation operation) {
		long started = System.nanoTime();
		fuzzTargets(operation);
		millisByOperation.put(operation.name(), (System.nanoTime() - started) / 1_000_000);
	}

	private Arena arena(Operation operation) {
		long started = System.nanoTime();
		Arena arena = new Arena(fixtures, operation.path().startsWith("/api/v1/admin/"));
		arenas++;
		arenaNanos += System.nanoTime() - started;
		return arena;
	}

	private void fuzzTargets(Operation operation) {
		List<Consumer<Arena>> targets = new ArrayList<>();
		for (Parameter parameter : operation.parameters()) {
			targets.add(arena -> parameter(operation, arena, parameter));
		}
		targets.add(arena -> unknownQueryParameter(operation, arena));
		if (operation.takesJson()) {
			JsonNode sample = bodies.sample(operation, null);
			for (Field field : document.fields(operation.bodySchema(), sample)) {
				targets.add(arena -> field(operation, arena, field));
			}
		}
		if (operation.takesUpload()) {
			for (Map.Entry<String, List<Uploads.Part>> kind : Uploads.hostile().entrySet()) {
				targets.add(arena -> kind.getValue()
					.forEach(part -> check(base(operation, arena).withBody(part.contentType(), part.body())
						.request(kind.getKey() + ": " + part.label()))));
			}
		}
		targets.add(arena -> body(operation, arena));
		// A read cannot spoil its arena for the next target: one arena serves them all.
		boolean read = "GET".equalsIgnoreCase(operation.method());
		Arena arena = null;
		for (Consumer<Arena> target : targets) {
			if (arena == null || !read) {
				arena = arena(operation);
			}
			target.accept(arena);
		}
		RawHttp.Response baseline = http.exchange(base(operation, arena).request("baseline"));
		record(base(operation, arena).request("baseline"), baseline, rules.violations(baseline));
		baselines.put(operation.name(), baseline.status());
	}

	/** The operation without a session, a few hostile values each: refused cleanly. */
	void anonymously(Operation operation, Arena ids) {
		Call call = base(operation, ids).withoutHeader("Authorization");
		for (Hostile value : List.of(HostileValues.URL.get(0), HostileValues.URL.get(3), HostileValues.URL.get(19),
				HostileValues.URL.get(23))) {
			check(call.withQuery("fuzzExtra=" + value.raw()).request("anonymous, query " + value.label()));
		}
		byte[] nested = HostileValues.JSON.get(HostileValues.JSON.size() - 1).bytes();
		check(call.withBody("application/json", nested).request("anonymous, nested body"));
		check(call.withBody("application/json", overTheLimit())
			.sentChunked()
			.request("anonymous, chunked over the limit"));
	}

	private void parameter(Operation operation, Arena arena, Parameter parameter) {
		Call call = base(operation, arena);
		List<Hostile> values = "header".equals(parameter.in()) ? HostileValues.HEADER : HostileValues.URL;
		for (Hostile value : values) {
			String label = parameter.in() + " " + parameter.name() + " = " + value.label();
			check(switch (parameter.in()) {
				case "path" -> call.withPath(parameter.name(), value.raw()).request(label);
				case "header" -> call.withHeader(parameter.name(), value.raw()).request(label);
				default -> call.withQuery(parameter.name() + "=" + value.raw()).request(label);
			});
		}
		if (parameter.repeatable()) {
			check(call.withQuery(String.join("&", java.util.Collections.nCopies(60, parameter.name() + "=DE")))
				.request("query " + parameter.name() + " repeated 60 times"));
		}
	}

	private void unknownQueryParameter(Operation operation, Arena arena) {
		Call call = base(operation, arena);
		for (Hostile value : HostileValues.URL) {
			check(call.withQuery("fuzzExtra=" + value.raw()).request("unknown query parameter = " + value.label()));
		}
		for (String name : List.of("%00", "%C3%28", "%zz", "a%0Ab")) {
			check(call.withQuery(name + "=1").request("query parameter named " + name));
		}
	}

	private void field(Operation operation, Arena arena, Field field) {
		Call call = base(operation, arena);
		JsonNode sample = bodies.sample(operation, arena);
		byte[] template = json.writeValueAsBytes(ApiDocument.replaced(sample, field, PLACEHOLDER));
		for (Hostile value : field.key() ? HostileValues.JSON_KEYS : HostileValues.JSON) {
			check(call.withBody(splice(template, value.bytes()))
				.request("body " + field.name() + " = " + value.label()));
		}
	}

	private void body(Operation operation, Arena arena) {
		Call call = base(operation, arena);
		String contentType = operation.takesJson() ? operation.mediaType() : "application/json";
		for (Hostile value : HostileValues.bodies()) {
			check(call.withBody(contentType, value.bytes()).request("body = " + value.label()));
		}
		RawHttp.Request overLimit = call.withBody(contentType, overTheLimit())
			.sentChunked()
			.request("chunked over the limit");
		RawHttp.Response response = check(overLimit);
		if (operation.takesJson() && response.status() != 413) {
			record(overLimit, response, List.of("status " + response.status() + ", not 413"));
		}
		if (operation.takesJson()) {
			check(call.sentChunked().request("the valid body, chunked"));
			check(call.withHeader("Content-Type", "text/plain").request("the valid body as text/plain"));
			check(call.withHeader("Content-Type", "application/json; charset=nonsense").request("unknown charset"));
		}
	}

	/** The operation as a valid request in the arena, before any hostile value. */
	Call base(Operation operation, Arena arena) {
		Call call = Call.of(operation).withHeader("Authorization", "Bearer " + arena.accessToken);
		for (Parameter parameter : operation.parameters()) {
			if ("path".equals(parameter.in())) {
				call = call.withPath(parameter.name(), switch (parameter.name()) {
					case "id", "fileId" -> String.valueOf(arena.idFor(operation.path(), parameter.name()));
					case "tenantId" -> String.valueOf(arena.tenant.id());
					case "action" -> "recover";
					default -> throw new AssertionError("No value for path parameter " + parameter.name() + " of "
							+ operation.name() + ": give the fuzz test's Fuzzer.base a valid one.");
				});
			}
			else if ("Idempotency-Key".equals(parameter.name())) {
				// One key per arena: hostile bodies that pass validation answer 422
				// instead of queueing a run each.
				call = call.withHeader(parameter.name(), "fuzz-" + arena.tenant.slug());
			}
		}
		if (operation.takesJson()) {
			call = call.withBody(operation.mediaType(), json.writeValueAsBytes(bodies.sample(operation, arena)));
		}
		if (operation.takesUpload()) {
			Uploads.Part valid = Uploads.valid();
			call = call.withBody(valid.contentType(), valid.body());
		}
		return call;
	}

	private RawHttp.Response check(RawHttp.Request request) {
		RawHttp.Response response = http.exchange(request);
		record(request, response, rules.violations(response));
		return response;
	}

	private void record(RawHttp.Request request, RawHttp.Response response, List<String> found) {
		if (!found.isEmpty()) {
			violations.computeIfAbsent(request.shown() + " -> " + response.status(), k -> new ArrayList<>())
				.addAll(found);
		}
	}

	private byte[] splice(byte[] template, byte[] value) {
		byte[] placeholder = json.writeValueAsBytes(PLACEHOLDER);
		int at = indexOf(template, placeholder);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(template, 0, at);
		out.writeBytes(value);
		out.write(template, at + placeholder.length, template.length - at - placeholder.length);
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		String text = new String(data, StandardCharsets.ISO_8859_1);
		int at = text.indexOf(new String(pattern, StandardCharsets.ISO_8859_1));
		if (at < 0) {
			throw new IllegalStateException("placeholder not found in " + text);
		}
		return at;
	}

	/**
	 * Whitespace first: a parser reads all of it before it can find anything else wrong
	 * with the body (an unknown field is refused as soon as its name is read), so 413 is
	 * the only right answer.
	 */
	static byte[] overTheLimit() {
		return ("{" + " ".repeat(OVER_THE_LIMIT) + "\"a\":\"x\"}").getBytes(StandardCharsets.US_ASCII);
	}

}
