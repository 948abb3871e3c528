package dev.leadline.api.fuzz;

import dev.leadline.TestAccounts;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid request bodies, so that a hostile value in one field is the only thing wrong: the
 * document's sample with the values its schema cannot express (real ids, the signed-in
 * user, a harmless job).
 */
final class Bodies {

	private final ApiDocument document;

	Bodies(ApiDocument document) {
		this.document = document;
	}

	/**
	 * The valid body of the operation in the arena; without an arena, one of the same
	 * shape.
	 */
	JsonNode sample(ApiDocument.Operation operation, Arena arena) {
		JsonNode sample = document.sample(operation.bodySchema());
		if (!(sample instanceof ObjectNode body)) {
			return sample;
		}
		String slug = arena == null ? "shape" : arena.tenant.slug();
		switch (String.valueOf(ApiDocument.schemaName(operation.bodySchema()))) {
			case "LoginRequest" -> body.put("email", arena == null ? "shape@example.test" : arena.admin.email())
				.put("password", TestAccounts.PASSWORD);
			case "RefreshRequest" -> body.put("refreshToken", arena == null ? "shape" : arena.refreshToken);
			case "CreateUserRequest" -> body.put("email", "new@" + slug + ".test")
				.put("password", "a-long-enough-password")
				.put("role", "member");
			case "CreateTenantRequest" -> body.put("slug", "n-" + slug)
				.put("ownerEmail", "boss@n-" + slug + ".test")
				.put("ownerPassword", "a-long-enough-password");
			case "TriggerJobRequest" -> {
				// The drill counts to one; platform jobs (housekeeping) are never started
				// by the fuzzer, so an unknown name keeps the admin variant harmless.
				body.put("jobName", operation.path().startsWith("/api/v1/admin/") ? "fuzzNoSuchJob" : "drillJob");
				body.putObject("parameters").put("items", "1");
			}
			case "MappingRequest" -> {
				body.putArray("columns")
					.add(body.objectNode().put("column", 1).put("field", "CUSTOM").put("attribute", "Name"))
					.add(body.objectNode().put("column", 0).put("field", "EMAIL"));
				body.put("defaultCountry", "DE");
			}
			case "FormatRequest" -> body.put("encoding", "UTF-8").put("delimiter", ",").put("quote", "\"");
			case "ContactFilterParams" -> {
				body.put("companyId", arena == null ? 1 : arena.company());
				body.put("importId", arena == null ? 1 : arena.upload());
				body.putArray("country").add("DE");
				body.putArray("seniority").add("VP");
				body.putArray("department").add("SALES");
				body.putArray("emailStatus").add("VALID");
			}
			case "EnrichmentRequestBody" -> {
				body.remove(List.of("filter", "all"));
				body.put("stage", "harness").put("force", true).put("budget", 10);
				body.putArray("ids").add(arena == null ? 1 : arena.contact());
			}
			case "ResumeRequest" -> body.put("budget", 100);
			case "EnrichmentSettings" -> {
				body.put("freshnessDays", 30).put("nightlyEnabled", false).put("nightlyCreditCap", 100);
				body.putArray("nightlyStages").add("person");
			}
			case "CreditMovementRequest" -> {
				body.remove("runId");
				body.put("kind", "top_up").put("amount", 10).put("note", "fuzz");
			}
			case "ReportRequestBody" -> {
				body.remove("filter");
				body.putArray("ids").add(arena == null ? 1 : arena.company());
			}
			case "BrandingView" -> {
				body.remove(List.of("logo", "logoMediaType"));
				body.put("displayName", "Fuzz Corp").put("colour", "#1F4E79");
			}
			case "UpdateUserRequest" -> body.put("displayName", "Fuzz member").put("role", "member");
			case "ContactPatchRequest" -> body.put("email", "ada2@" + slug + ".example")
				.put("phone", "+49 30 1234567")
				.put("country", "DE")
				.put("linkedinUrl", "https://www.linkedin.com/in/ada")
				.put("companyId", arena == null ? 1 : arena.company());
			case "CompanyPatchRequest" ->
				body.put("website", "https://" + slug + ".example").put("employeeCount", 10).put("country", "DE");
			default -> {
			}
		}
		return body;
	}

}
