package dev.leadline.api.tenants;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.db.jooq.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@LeadlineIntegrationTest
class DemoTenantBootstrapIntegrationTests {

	@Autowired
	DSLContext dsl;

	@Autowired
	DemoTenantBootstrap bootstrap;

	@Autowired
	TestAccounts accounts;

	@Test
	void firstStartCreatesTheDemoTenantAndItsOwnerWhoIsPlatformAdmin() {
		AppUserRecord admin = accounts
			.system(() -> dsl.selectFrom(APP_USER).where(APP_USER.EMAIL.eq("admin@leadline.test")).fetchSingle());

		assertThat(admin.getRole()).isEqualTo(UserRole.owner);
		assertThat(admin.getPlatformAdmin()).isTrue();
		assertThat(new BCryptPasswordEncoder().matches("correct-horse-battery-staple", admin.getPasswordHash()))
			.isTrue();
		assertThat(accounts.system(() -> dsl.fetchValue(TENANT.SLUG, TENANT.ID.eq(admin.getTenantId()))))
			.isEqualTo("demo");
	}

	private long demoUsers() {
		return accounts.system(() -> dsl.fetchCount(APP_USER.join(TENANT).on(TENANT.ID.eq(APP_USER.TENANT_ID)),
				TENANT.SLUG.eq("demo")));
	}

	@Test
	void laterStartsCreateNothingMore() {
		long demoUsers = demoUsers();

		bootstrap.run(new DefaultApplicationArguments());

		assertThat(demoUsers()).isEqualTo(demoUsers).isEqualTo(1);
		assertThat(accounts.system(() -> dsl.fetchCount(TENANT, TENANT.SLUG.eq("demo")))).isEqualTo(1);
	}

}
