package dev.leadline.api.users;

import static dev.leadline.db.jooq.Tables.APP_USER;

import dev.leadline.api.system.paging.Cursor;
import dev.leadline.db.jooq.tables.records.AppUserRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Reads users of the current tenant (row level security holds it to the tenant; queries
 * say so too).
 */
@Component
class UserQueries {

	private final DSLContext dsl;

	UserQueries(DSLContext dsl) {
		this.dsl = dsl;
	}

	UserPage page(long tenantId, int limit, String cursor) {
		Condition where = APP_USER.TENANT_ID.eq(tenantId);
		if (cursor != null) {
			where = where.and(APP_USER.ID.gt(Cursor.decodeId(cursor)));
		}
		return Cursor.page(
				dsl.selectFrom(APP_USER).where(where).orderBy(APP_USER.ID).limit(limit + 1).fetch(UserQueries::view),
				limit, UserView::id, UserPage::new);
	}

	AppUserRecord lockForUpdate(long tenantId, long userId) {
		return dsl.selectFrom(APP_USER)
			.where(APP_USER.TENANT_ID.eq(tenantId))
			.and(APP_USER.ID.eq(userId))
			.forUpdate()
			.fetchOne();
	}

	static UserView view(AppUserRecord r) {
		return new UserView(r.getId(), r.getEmail(), r.getDisplayName(), r.getRole(), r.getDisabled(), r.getCreatedAt(),
				r.getUpdatedAt());
	}

}
