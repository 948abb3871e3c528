package dev.leadline.api.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.UserRole;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class UsersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String ownerToken;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		ownerToken = accounts.accessToken(http, tenant.owner());
	}

	@Test
	void ownerCreatesAUserWhoCanSignIn() {
		HttpResponse<String> created = http.post("/api/v1/users", ownerToken, "{\"email\":\"new@" + tenant.slug()
				+ ".test\",\"displayName\":\"New Person\",\"password\":\"a-long-password\",\"role\":\"member\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode user = json.readTree(created.body());
		assertThat(user.path("role").asString()).isEqualTo("member");
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/users/" + user.path("id").asLong());
		assertThat(http
			.post("/api/v1/auth/login", null,
					"{\"email\":\"new@" + tenant.slug() + ".test\",\"password\":\"a-long-password\"}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void anEmailInUseAnywhereIs409() {
		TestAccounts.User elsewhere = accounts.aTenant().owner();

		HttpResponse<String> response = http.post("/api/v1/users", ownerToken,
				"{\"email\":\"" + elsewhere.email().toUpperCase()
						+ "\",\"displayName\":\"Dup\",\"password\":\"a-long-password\",\"role\":\"member\"}");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("email-taken");
	}

	@Test
	void theLastOwnerCannotBeDemotedDisabledOrRemoved() {
		String self = "/api/v1/users/" + tenant.owner().id();

		assertThat(http.patch(self, ownerToken, "{\"role\":\"admin\"}").body()).contains("last-owner");
		assertThat(http.patch(self, ownerToken, "{\"disabled\":true}").statusCode()).isEqualTo(409);
		assertThat(http.delete(self, ownerToken).statusCode()).isEqualTo(409);
	}

	@Test
	void withASecondOwnerTheFirstMayStepDownAndLosesTheirSessions() {
		TestAccounts.User second = accounts.aUser(tenant, UserRole.owner);

		HttpResponse<String> demoted = http.patch("/api/v1/users/" + tenant.owner().id(), ownerToken,
				"{\"role\":\"admin\"}");

		assertThat(demoted.statusCode()).isEqualTo(200);
		assertThat(json.readTree(demoted.body()).path("role").asString()).isEqualTo("admin");
		assertThat(http.get("/api/v1/me", ownerToken).statusCode()).as("sessions end with the role").isEqualTo(401);
		assertThat(http.get("/api/v1/me", accounts.accessToken(http, second)).statusCode()).isEqualTo(200);
	}

	@Test
	void adminsCannotMakeOwnersAndMembersCannotManageUsers() {
		String admin = accounts.accessToken(http, accounts.aUser(tenant, UserRole.admin));
		String member = accounts.accessToken(http, accounts.aUser(tenant, UserRole.member));

		HttpResponse<String> ownerByAdmin = http.post("/api/v1/users", admin, "{\"email\":\"o@" + tenant.slug()
				+ ".test\",\"displayName\":\"O\",\"password\":\"a-long-password\",\"role\":\"owner\"}");

		assertThat(ownerByAdmin.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/users", admin).statusCode()).isEqualTo(200);
		assertThat(http.get("/api/v1/users", member).statusCode()).isEqualTo(403);
		assertThat(http.patch("/api/v1/users/" + tenant.owner().id(), admin, "{\"role\":\"member\"}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void listingPagesThroughTheTenantsUsersOnly() {
		for (int i = 0; i < 3; i++) {
			accounts.aUser(tenant, UserRole.viewer);
		}
		accounts.aTenant();

		JsonNode first = json.readTree(http.get("/api/v1/users?limit=2", ownerToken).body());
		JsonNode second = json.readTree(
				http.get("/api/v1/users?limit=2&cursor=" + first.path("nextCursor").asString(), ownerToken).body());

		assertThat(first.path("items").size()).isEqualTo(2);
		assertThat(second.path("items").size()).isEqualTo(2);
		assertThat(second.path("nextCursor").isNull()).isTrue();
		List<String> emails = new ArrayList<>();
		first.path("items").forEach(item -> emails.add(item.path("email").asString()));
		second.path("items").forEach(item -> emails.add(item.path("email").asString()));
		assertThat(emails).hasSize(4)
			.doesNotHaveDuplicates()
			.allSatisfy(email -> assertThat(email).endsWith("@" + tenant.slug() + ".test"));
	}

	@Test
	void aForgedCursorIs400() {
		assertThat(http.get("/api/v1/users?cursor=not-a-cursor", ownerToken).body()).contains("invalid-cursor");
	}

	@Test
	void limitOutOfRangeIs400NamingTheParameter() {
		HttpResponse<String> response = http.get("/api/v1/users?limit=100000", ownerToken);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("limit");
	}

}
