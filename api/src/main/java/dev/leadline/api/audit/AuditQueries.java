package dev.leadline.api.audit;

import static dev.leadline.db.jooq.Tables.AUDIT_EVENT;

import dev.leadline.api.system.paging.Cursor;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the current tenant's audit log (row level security keeps it to the tenant),
 * newest first by id.
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
		if (cursor != null) {
			where = where.and(AUDIT_EVENT.ID.lt(Cursor.decodeId(cursor)));
		}
		List<AuditEventView> rows = dsl.selectFrom(AUDIT_EVENT)
			.where(where)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(limit + 1)
			.fetch(r -> new AuditEventView(r.getId(), r.getOccurredAt(), r.getTenantId(), r.getActorId(),
					r.getActorEmail(), r.getAction(), r.getTargetType(), r.getTargetId(), r.getRequestId(), r.getIp(),
					json.readValue(r.getDetails().data(), DETAILS)));
		return Cursor.page(rows, limit, AuditEventView::id, AuditPage::new);
	}

}
