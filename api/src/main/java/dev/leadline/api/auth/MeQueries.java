package dev.leadline.api.auth;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.TENANT;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class MeQueries {

	private final DSLContext dsl;

	MeQueries(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Transactional(readOnly = true)
	MeView me(long userId) {
		return dsl
			.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.ROLE, APP_USER.PLATFORM_ADMIN,
					TENANT.ID, TENANT.SLUG, TENANT.NAME)
			.from(APP_USER)
			.join(TENANT)
			.on(TENANT.ID.eq(APP_USER.TENANT_ID))
			.where(APP_USER.ID.eq(userId))
			.fetchSingle(r -> new MeView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					new TenantSummaryView(r.value6(), r.value7(), r.value8())));
	}

}
