package dev.leadline;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.TENANT;

import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.db.tenancy.TenantContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test data builder for tenants and users, and a way to sign them in over HTTP. */
@Component
public class TestAccounts {

	public static final String PASSWORD = "test-password-123";

	private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	TestAccounts(DSLContext dsl, TransactionTemplate transactions, JsonMapper json) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.json = json;
	}

	/** A tenant of its own for one test, with an owner. */
	public Tenant aTenant() {
		String slug = "t-" + UUID.randomUUID().toString().substring(0, 12);
		long id = system(() -> dsl.insertInto(TENANT)
			.set(TENANT.SLUG, slug)
			.set(TENANT.NAME, "Tenant " + slug)
			.returning(TENANT.ID)
			.fetchSingle(TENANT.ID));
		Tenant tenant = new Tenant(id, slug, null);
		return new Tenant(id, slug, aUser(tenant, UserRole.owner));
	}

	public User aUser(Tenant tenant, UserRole role) {
		String email = role.getLiteral() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenant.slug()
				+ ".test";
		long id = system(() -> dsl.insertInto(APP_USER)
			.set(APP_USER.TENANT_ID, tenant.id())
			.set(APP_USER.EMAIL, email)
			.set(APP_USER.DISPLAY_NAME, role.getLiteral() + " of " + tenant.slug())
			.set(APP_USER.PASSWORD_HASH, PASSWORD_HASH)
			.set(APP_USER.ROLE, role)
			.returning(APP_USER.ID)
			.fetchSingle(APP_USER.ID));
		return new User(id, tenant.id(), email);
	}

	public <T> T system(java.util.function.Supplier<T> work) {
		return TenantContext.system(() -> transactions.execute(status -> work.get()));
	}

	/** Signs in over HTTP; the body of a successful login. */
	public JsonNode login(HttpTestClient http, User user) {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}"))
			.build());
		if (response.statusCode() != 200) {
			throw new AssertionError(
					"login of " + user.email() + " failed: " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	public String accessToken(HttpTestClient http, User user) {
		return login(http, user).path("accessToken").asString();
	}

	public record Tenant(long id, String slug, User owner) {
	}

	public record User(long id, long tenantId, String email) {
	}

}
