package dev.leadline.api.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document the dashboard's TypeScript types are generated from. Bearer
 * tokens secure every operation but those marked public; every operation documents its
 * problem-details errors. Response records are named {@code *View} or {@code *Page} and
 * always carry every property (null where there is no value), so the document marks all
 * their properties required.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	private static final String BEARER = "bearerAuth";

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI leadlineOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("Leadline API")
				.version(properties == null ? "dev" : properties.getVersion())
				.description("Contacts, companies, imports, enrichment and jobs of one tenant. Errors are "
						+ "RFC 9457 problem details whose `type` is stable.")
				.license(new License().name("Proprietary")))
			// Relative, so the document is the same whichever host and port serve it.
			.servers(List.of(new Server().url("/")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("Access token from POST /api/v1/auth/login or /refresh (15 minutes)")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	@Bean
	OpenApiCustomizer viewPropertiesAreRequired() {
		return openApi -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			openApi.getComponents().getSchemas().forEach((name, schema) -> {
				if ((name.endsWith("View") || name.endsWith("Page")) && schema.getProperties() != null) {
					schema.setRequired(new ArrayList<>(new TreeSet<String>(schema.getProperties().keySet())));
				}
			});
		};
	}

	/**
	 * A nullable reference ({@code @Schema(types = {"object", "null"})} on a record
	 * component of another record's type) comes out as {@code $ref} next to {@code type},
	 * where JSON Schema tools see only the reference. It is rewritten as {@code anyOf:
	 * [$ref, {type: null}]}, which TypeScript generators turn into {@code T | null}.
	 */
	@Bean
	OpenApiCustomizer nullableReferences() {
		return openApi -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			openApi.getComponents().getSchemas().values().forEach(schema -> {
				Map<String, Schema> properties = schema.getProperties();
				if (properties == null) {
					return;
				}
				properties.replaceAll((property,
						value) -> value.get$ref() != null && value.getTypes() != null
								&& value.getTypes().contains("null")
										? new Schema<>().anyOf(List.of(new Schema<>().$ref(value.get$ref()),
												new Schema<>().types(java.util.Set.of("null"))))
										: value);
			});
		};
	}

	@Bean
	OpenApiCustomizer errorResponsesAreDocumented() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::addErrors));
		};
	}

	private void addErrors(Operation operation) {
		boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "Invalid request: validation-failed (with errors[]), malformed-request, invalid-cursor");
		if (!isPublic) {
			errors.put("401", "Missing, invalid, expired or revoked access token");
			errors.put("403", "The caller's role does not allow this");
		}
		errors.put("404", "Not found (other tenants' ids answer the same)");
		errors.put("429", "Rate limited: see Retry-After, RateLimit and RateLimit-Policy");
		errors.put("500", "Unexpected error; nothing internal is revealed");
		errors.forEach((status, description) -> {
			if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
				operation.getResponses()
					.addApiResponse(status, new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
			}
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema());
		error.addProperty("message", new StringSchema());
		Schema problem = new ObjectSchema().description("RFC 9457 problem details");
		problem.addProperty("type",
				new StringSchema().format("uri").example("https://leadline.dev/problems/validation-failed"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("errors", new ArraySchema().items(error));
		problem.addProperty("retryAfterSeconds", new IntegerSchema());
		problem.setRequired(List.of("type", "title", "status"));
		return problem;
	}

}
