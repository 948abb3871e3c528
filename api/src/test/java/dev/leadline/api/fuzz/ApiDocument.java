package dev.leadline.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live OpenAPI document read as the fuzzer needs it: operations with their parameters
 * and request bodies, a valid sample of a schema, and every field of a sample that can
 * take a hostile value.
 */
final class ApiDocument {

	private static final String SCHEMAS = "#/components/schemas/";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode document;

	ApiDocument(JsonNode document) {
		this.document = document;
	}

	record Operation(String method, String path, List<Parameter> parameters, String mediaType, JsonNode bodySchema) {

		String name() {
			return method + " " + path;
		}

		boolean takesJson() {
			return mediaType != null && mediaType.contains("json");
		}

		boolean takesUpload() {
			return mediaType != null && mediaType.startsWith("multipart/");
		}

	}

	/** A parameter: {@code in} is path, query or header. */
	record Parameter(String in, String name, JsonNode schema) {

		boolean repeatable() {
			return "array".equals(typeOf(schema));
		}

	}

	/** A field of a sample body: {@code path} of property names and indexes. */
	record Field(List<Object> path, boolean key) {

		String name() {
			StringBuilder name = new StringBuilder();
			for (Object step : path) {
				name.append(step instanceof Integer index ? "[" + index + "]" : (name.isEmpty() ? "" : ".") + step);
			}
			return key ? name + " (key)" : name.toString();
		}

	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				List<Parameter> parameters = new ArrayList<>();
				operation.getValue()
					.path("parameters")
					.forEach(p -> parameters.add(new Parameter(p.path("in").asString(), p.path("name").asString(),
							resolve(p.path("schema")))));
				JsonNode content = operation.getValue().path("requestBody").path("content");
				String mediaType = content.has("application/json") ? "application/json"
						: content.propertyNames().stream().findFirst().orElse(null);
				JsonNode bodySchema = mediaType == null ? null : content.path(mediaType).path("schema");
				operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), parameters, mediaType,
						bodySchema));
			}
		}
		return operations;
	}

	/** The name of a referenced schema, or null. */
	static String schemaName(JsonNode schema) {
		String ref = schema == null ? "" : schema.path("$ref").asString("");
		return ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : null;
	}

	JsonNode resolve(JsonNode schema) {
		String name = schemaName(schema);
		return name == null ? schema : document.path("components").path("schemas").path(name);
	}

	/**
	 * A valid-looking value of the schema: its example or first enum value, else one by
	 * type and format; every property of an object, one item of an array.
	 */
	JsonNode sample(JsonNode reference) {
		JsonNode schema = resolve(reference);
		if (schema.has("example") && !schema.get("example").isObject()) {
			return schema.get("example");
		}
		if (schema.has("enum")) {
			return schema.path("enum").get(0);
		}
		return switch (typeOf(schema)) {
			case "integer", "number" -> NODES.numberNode(1);
			case "boolean" -> NODES.booleanNode(false);
			case "array" -> NODES.arrayNode().add(sample(schema.path("items")));
			case "object" -> object(schema);
			default -> NODES.stringNode(switch (schema.path("format").asString("")) {
				case "email" -> "fuzz@example.test";
				case "date-time" -> "2026-01-01T00:00:00Z";
				default -> "fuzz";
			});
		};
	}

	private ObjectNode object(JsonNode schema) {
		ObjectNode object = NODES.objectNode();
		schema.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue())));
		if (schema.path("additionalProperties").isObject()) {
			object.set("key", sample(schema.path("additionalProperties")));
		}
		return object;
	}

	/**
	 * Every value in the sample (each property, each array's first item and its
	 * properties), depth first, and for each map a key of its own ({@code key}: the map
	 * at {@code path} gets one more entry).
	 */
	List<Field> fields(JsonNode schema, JsonNode sample) {
		List<Field> fields = new ArrayList<>();
		collect(resolve(schema), sample, new ArrayList<>(), fields);
		return fields;
	}

	private void collect(JsonNode schema, JsonNode node, List<Object> path, List<Field> fields) {
		if (node.isObject()) {
			boolean map = schema.path("additionalProperties").isObject();
			if (map) {
				fields.add(new Field(List.copyOf(path), true));
			}
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				List<Object> child = append(path, property.getKey());
				fields.add(new Field(child, false));
				JsonNode propertySchema = map ? schema.path("additionalProperties")
						: schema.path("properties").path(property.getKey());
				collect(resolve(propertySchema), property.getValue(), child, fields);
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			List<Object> child = append(path, 0);
			fields.add(new Field(child, false));
			collect(resolve(schema.path("items")), node.get(0), child, fields);
		}
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return List.copyOf(longer);
	}

	/**
	 * A copy of the sample with the value at {@code path} replaced; for a key field, the
	 * map at {@code path} with one more entry named {@code value}.
	 */
	static JsonNode replaced(JsonNode sample, Field field, String value) {
		JsonNode copy = sample.deepCopy();
		List<Object> path = field.path();
		if (field.key()) {
			((ObjectNode) at(copy, path)).put(value, "1");
			return copy;
		}
		JsonNode parent = at(copy, path.subList(0, path.size() - 1));
		Object last = path.get(path.size() - 1);
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, NODES.stringNode(value));
		}
		else {
			((ObjectNode) parent).put((String) last, value);
		}
		return copy;
	}

	private static JsonNode at(JsonNode root, List<Object> path) {
		JsonNode node = root;
		for (Object step : path) {
			node = step instanceof Integer index ? node.get(index) : node.get((String) step);
		}
		return node;
	}

	/**
	 * The schema's type; of an OpenAPI 3.1 list of types (["string", "null"]), the first.
	 */
	static String typeOf(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			return type.get(0).asString();
		}
		return type.asString(schema.has("properties") ? "object" : "");
	}

}
