package dev.leadline.api.audit;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.AUDIT_EVENT;

import dev.leadline.api.system.paging.Cursor;
import dev.leadline.api.system.web.IpAddresses;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the current tenant's audit log (row level security keeps it to the tenant),
 * newest first by id, with each actor's current name. Addresses recorded before they were
 * written in one form are shown in it.
 */
@Component
class AuditQueries {

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	AuditQueries(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	record Filter(String action, Long actorId, OffsetDateTime from, OffsetDateTime to, String targetType,
			String targetId) {
	}

	@Transactional(readOnly = true)
	AuditPage page(long tenantId, Filter filter, int limit, String cursor) {
		Condition where = where(tenantId, filter);
		if (cursor != null) {
			where = where.and(AUDIT_EVENT.ID.lt(Cursor.decodeId(cursor)));
		}
		List<AuditEventView> rows = events().where(where)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(limit + 1)
			.fetch(this::view);
		return Cursor.page(rows, limit, AuditEventView::id, AuditPage::new);
	}

	/** Every matching event, newest first, read in batches (call in a transaction). */
	void forEach(long tenantId, Filter filter, Consumer<AuditEventView> each) {
		try (org.jooq.Cursor<Record> rows = events().where(where(tenantId, filter))
			.orderBy(AUDIT_EVENT.ID.desc())
			.fetchSize(2_000)
			.fetchLazy()) {
			rows.forEach(r -> each.accept(view(r)));
		}
	}

	/** The tenant's users, by name, for picking an actor. */
	@Transactional(readOnly = true)
	List<AuditActorView> actors(long tenantId) {
		return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL)
			.from(APP_USER)
			.where(APP_USER.TENANT_ID.eq(tenantId))
			.orderBy(APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.ID)
			.fetch(r -> new AuditActorView(r.value1(), r.value2(), r.value3()));
	}

	private SelectOnConditionStep<Record> events() {
		return dsl.select(AUDIT_EVENT.fields())
			.select(APP_USER.DISPLAY_NAME)
			.from(AUDIT_EVENT)
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(AUDIT_EVENT.ACTOR_ID).and(APP_USER.TENANT_ID.eq(AUDIT_EVENT.TENANT_ID)));
	}

	private static Condition where(long tenantId, Filter filter) {
		Condition where = AUDIT_EVENT.TENANT_ID.eq(tenantId);
		if (filter.action() != null && !filter.action().isBlank()) {
			where = where.and(AUDIT_EVENT.ACTION.eq(filter.action()));
		}
		if (filter.actorId() != null) {
			where = where.and(AUDIT_EVENT.ACTOR_ID.eq(filter.actorId()));
		}
		if (filter.targetType() != null && !filter.targetType().isBlank()) {
			where = where.and(AUDIT_EVENT.TARGET_TYPE.eq(filter.targetType()));
		}
		if (filter.targetId() != null && !filter.targetId().isBlank()) {
			where = where.and(AUDIT_EVENT.TARGET_ID.eq(filter.targetId()));
		}
		if (filter.from() != null) {
			where = where.and(AUDIT_EVENT.OCCURRED_AT.ge(filter.from()));
		}
		if (filter.to() != null) {
			where = where.and(AUDIT_EVENT.OCCURRED_AT.lt(filter.to()));
		}
		return where;
	}

	private AuditEventView view(Record r) {
		return new AuditEventView(r.get(AUDIT_EVENT.ID), r.get(AUDIT_EVENT.OCCURRED_AT), r.get(AUDIT_EVENT.TENANT_ID),
				r.get(AUDIT_EVENT.ACTOR_ID), r.get(AUDIT_EVENT.ACTOR_EMAIL), r.get(APP_USER.DISPLAY_NAME),
				r.get(AUDIT_EVENT.ACTION), r.get(AUDIT_EVENT.TARGET_TYPE), r.get(AUDIT_EVENT.TARGET_ID),
				r.get(AUDIT_EVENT.REQUEST_ID), IpAddresses.canonical(r.get(AUDIT_EVENT.IP)),
				json.readValue(r.get(AUDIT_EVENT.DETAILS).data(), DETAILS));
	}

}
