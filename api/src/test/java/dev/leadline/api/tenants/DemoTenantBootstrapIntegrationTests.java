package dev.leadline.api.tenants;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.LeadlineIntegrationTest;
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

    @Test
    void firstStartCreatesTheDemoTenantAndItsOwnerWhoIsPlatformAdmin() {
        AppUserRecord admin = dsl.selectFrom(APP_USER).where(APP_USER.EMAIL.eq("admin@leadline.test")).fetchSingle();

        assertThat(admin.getRole()).isEqualTo(UserRole.owner);
        assertThat(admin.getPlatformAdmin()).isTrue();
        assertThat(new BCryptPasswordEncoder().matches("correct-horse-battery-staple", admin.getPasswordHash())).isTrue();
        assertThat(dsl.fetchValue(TENANT.SLUG, TENANT.ID.eq(admin.getTenantId()))).isEqualTo("demo");
    }

    @Test
    void laterStartsCreateNothingMore() {
        int users = dsl.fetchCount(APP_USER);
        int tenants = dsl.fetchCount(TENANT);

        bootstrap.run(new DefaultApplicationArguments());

        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(users);
        assertThat(dsl.fetchCount(TENANT)).isEqualTo(tenants);
    }
}
