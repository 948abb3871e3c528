package dev.leadline.api.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list filters are bound by {@link QueryRecordArgumentResolver}, with the errors of
 * Spring's constructor binding: every bad field named, in one answer.
 */
@LeadlineIntegrationTest
class QueryRecordArgumentResolverIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	RequestMappingHandlerAdapter adapter;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	HttpTestClient http;

	String token;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		token = accounts.accessToken(http, accounts.aTenant().owner());
	}

	@Test
	void everyFilterRecordOfTheApiIsBoundByTheCachingResolver() {
		List<MethodParameter> filters = mappings.getHandlerMethods()
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
			.map(java.util.Map.Entry::getValue)
			.map(HandlerMethod::getMethodParameters)
			.flatMap(java.util.Arrays::stream)
			.filter(p -> p.hasParameterAnnotation(org.springdoc.core.annotations.ParameterObject.class))
			.toList();

		assertThat(filters).extracting(p -> p.getParameterType().getSimpleName())
			.contains("ContactFilterParams", "CompanyFilterParams", "AuditFilterParams");
		for (MethodParameter filter : filters) {
			HandlerMethodArgumentResolver first = adapter.getArgumentResolvers()
				.stream()
				.filter(resolver -> resolver.supportsParameter(filter))
				.findFirst()
				.orElseThrow();
			assertThat(first).as(filter.getExecutable().toString()).isInstanceOf(QueryRecordArgumentResolver.class);
		}
	}

	@Test
	void aWrongTypeAndABrokenRuleAreReportedTogetherWithTheirFields() {
		HttpResponse<String> response = http.get("/api/v1/contacts?companyId=abc&q=" + "x".repeat(201)
				+ "&country=DE&country=Germany&createdFrom=yesterday", token);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
			.containsExactlyInAnyOrder("companyId", "q", "country[1]", "createdFrom");
		assertThat(problem.path("detail").asString()).contains("companyId: must be a whole number in range")
			.contains("createdFrom: must be an ISO-8601 date-time")
			.contains("country[1]: must be an ISO country code such as DE");
	}

	@Test
	void valuesAreConvertedLikeSpringsBinding() {
		// Repeated and comma-separated lists, ISO date-times, booleans, and empty values
		// as absent.
		for (String query : List.of("country=DE&country=FR", "country=DE,FR",
				"createdFrom=2000-01-01T00:00:00Z&createdTo=2100-01-01T00:00:00%2B02:00",
				"hasEmail=true&hasPhone=false", "companyId=&q=", "seniority=VP&department=SALES&emailStatus=VALID")) {
			HttpResponse<String> response = http.get("/api/v1/contacts?" + query, token);

			assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
		}
		HttpResponse<String> inverted = http
			.get("/api/v1/contacts?createdFrom=2100-01-01T00:00:00Z" + "&createdTo=2000-01-01T00:00:00Z", token);
		assertThat(inverted.statusCode()).isEqualTo(400);
		assertThat(inverted.body()).contains("createdTo");
	}

}
