package dev.leadline.api.savedviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.UserRole;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Saved views through HTTP on real PostgreSQL: one user's, nobody else's. */
@LeadlineIntegrationTest
class SavedViewsIntegrationTests {

	private static final String VIEWS = "/api/v1/contact-views";

	private static final String GERMANY = """
			{"name":"Germany, with phone","filters":{"country":["DE"],"hasPhone":true,"createdWithin":30},
			 "sort":"name","columns":["email","company","attr:Lead source"]}""";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String token;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		token = accounts.accessToken(http, tenant.owner());
	}

	@Test
	void aViewIsSavedListedRenamedOverwrittenAndDeleted() {
		HttpResponse<String> created = http.post(VIEWS, token, GERMANY);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode view = json.readTree(created.body());
		long id = view.path("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue(VIEWS + "/" + id);
		assertThat(view.path("filters").path("country").get(0).asString()).isEqualTo("DE");
		assertThat(view.path("filters").path("hasPhone").asBoolean()).isTrue();
		assertThat(view.path("filters").path("createdWithin").asInt()).isEqualTo(30);
		assertThat(names(view.path("columns"))).containsExactly("email", "company", "attr:Lead source");
		http.post(VIEWS, token, GERMANY.replace("Germany, with phone", "all of them"));

		assertThat(names(list(token).findValues("name"))).containsExactly("all of them", "Germany, with phone");

		HttpResponse<String> renamed = http.patch(VIEWS + "/" + id, token, "{\"name\":\"  DACH  \"}");
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		assertThat(json.readTree(renamed.body()).path("name").asString()).isEqualTo("DACH");
		assertThat(json.readTree(renamed.body()).path("sort").asString()).as("unchanged").isEqualTo("name");

		HttpResponse<String> overwritten = http.patch(VIEWS + "/" + id, token,
				"{\"filters\":{\"country\":[\"DE\",\"AT\",\"CH\"]},\"sort\":\"-company\",\"columns\":[\"email\"]}");
		JsonNode after = json.readTree(overwritten.body());
		assertThat(after.path("name").asString()).isEqualTo("DACH");
		assertThat(names(after.path("filters").path("country"))).containsExactly("DE", "AT", "CH");
		assertThat(after.path("filters").has("hasPhone")).as("filters replaced, not merged").isFalse();
		assertThat(after.path("sort").asString()).isEqualTo("-company");
		assertThat(names(after.path("columns"))).containsExactly("email");
		assertThat(json.readTree(http.get(VIEWS, token).body()).path("items").get(0).path("name").asString())
			.isEqualTo("all of them");

		assertThat(http.delete(VIEWS + "/" + id, token).statusCode()).isEqualTo(204);
		assertThat(names(list(token).findValues("name"))).containsExactly("all of them");
		assertProblem(http.delete(VIEWS + "/" + id, token), 404, "not-found");
	}

	@Test
	void namesAreUniquePerUserRegardlessOfCaseAndAnotherUsersViewIsMissing() {
		long id = json.readTree(http.post(VIEWS, token, GERMANY).body()).path("id").asLong();
		assertProblem(http.post(VIEWS, token, GERMANY.replace("Germany, with phone", "GERMANY, WITH PHONE")), 409,
				"view-name-taken");
		long other = json.readTree(http.post(VIEWS, token, GERMANY.replace("Germany, with phone", "other")).body())
			.path("id")
			.asLong();
		assertProblem(http.patch(VIEWS + "/" + other, token, "{\"name\":\"germany, with phone\"}"), 409,
				"view-name-taken");

		TestAccounts.User colleague = accounts.aUser(tenant, UserRole.admin);
		String theirs = accounts.accessToken(http, colleague);
		assertThat(list(theirs)).as("the colleague sees none of the owner's views").isEmpty();
		assertProblem(http.patch(VIEWS + "/" + id, theirs, "{\"name\":\"mine now\"}"), 404, "not-found");
		assertProblem(http.delete(VIEWS + "/" + id, theirs), 404, "not-found");
		assertThat(http.post(VIEWS, theirs, GERMANY).statusCode()).as("the same name is theirs to use").isEqualTo(201);
		assertThat(names(list(token).findValues("name"))).containsExactly("Germany, with phone", "other");
	}

	@Test
	void badInputIsAProblemNamingTheField() {
		assertProblem(http.post(VIEWS, token, GERMANY.replace("\"Germany, with phone\"", "\"  \"")), 400, "name");
		assertProblem(http.post(VIEWS, token, GERMANY.replace("Germany, with phone", "x".repeat(101))), 400, "name");
		assertProblem(http.post(VIEWS, token, GERMANY.replace("\"sort\":\"name\"", "\"sort\":\"size\"")), 400, "sort");
		assertProblem(http.post(VIEWS, token, GERMANY.replace("\"hasPhone\":true", "\"hasPhone\":{\"deep\":1}")), 422,
				"filters.hasPhone");
		assertProblem(http.post(VIEWS, token, GERMANY.replace("\"columns\":[", "\"columns\":[\"\",")), 400, "columns");
		long id = json.readTree(http.post(VIEWS, token, GERMANY).body()).path("id").asLong();
		assertProblem(http.patch(VIEWS + "/" + id, token, "{\"name\":\"\"}"), 400, "name");
		assertProblem(http.patch(VIEWS + "/999999999", token, "{\"name\":\"x\"}"), 404, "not-found");
	}

	private JsonNode list(String accessToken) {
		HttpResponse<String> response = http.get(VIEWS, accessToken);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body()).path("items");
	}

	private static List<String> names(Iterable<JsonNode> nodes) {
		List<String> names = new java.util.ArrayList<>();
		nodes.forEach(node -> names.add(node.asString()));
		return names;
	}

	private void assertProblem(HttpResponse<String> response, int status, String naming) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(response.body()).contains(naming);
	}

}
