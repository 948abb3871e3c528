package dev.leadline.api.audit;

import static dev.leadline.db.jooq.Tables.AUDIT_EVENT;

import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.web.RequestIdFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records audit events. An event joins the caller's transaction, so it is kept exactly
 * when the change it describes is. Request id and client address come from the request's
 * diagnostic context. Values are stored with control characters escaped; tokens and
 * passwords are never passed in.
 */
@Component
public class AuditLog {

	private final DSLContext dsl;

	private final JsonMapper json;

	private final AuditActions actions;

	AuditLog(DSLContext dsl, JsonMapper json, AuditActions actions) {
		this.dsl = dsl;
		this.json = json;
		this.actions = actions;
	}

	/**
	 * @param tenantId the tenant the event belongs to (null: none, e.g. a login for an
	 * unknown account)
	 * @param actor who acted (null for the system or an anonymous caller)
	 * @param action dotted lower-case name, e.g. {@code user.created}
	 * @param target what it was done to (null when nothing in particular)
	 * @param details small facts worth keeping, never secrets
	 * @throws IllegalArgumentException when the action is not one of
	 * {@link AuditActions#all()}
	 */
	public void record(Long tenantId, Actor actor, String action, Target target, Map<String, ?> details) {
		actions.requireKnown(action);
		Map<String, Object> safeDetails = new LinkedHashMap<>();
		details.forEach((key, value) -> safeDetails.put(ControlCharacters.escape(key),
				value instanceof String text ? ControlCharacters.escape(text) : value));
		dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.TENANT_ID, tenantId)
			.set(AUDIT_EVENT.ACTOR_ID, actor == null ? null : actor.id())
			.set(AUDIT_EVENT.ACTOR_EMAIL, actor == null ? null : ControlCharacters.escape(actor.email()))
			.set(AUDIT_EVENT.ACTION, action)
			.set(AUDIT_EVENT.TARGET_TYPE, target == null ? null : target.type())
			.set(AUDIT_EVENT.TARGET_ID, target == null ? null : ControlCharacters.escape(target.id()))
			.set(AUDIT_EVENT.REQUEST_ID, ControlCharacters.escape(MDC.get(RequestIdFilter.MDC_REQUEST_ID)))
			.set(AUDIT_EVENT.IP, ControlCharacters.escape(MDC.get(RequestIdFilter.MDC_CLIENT_IP)))
			.set(AUDIT_EVENT.DETAILS, JSONB.valueOf(json.writeValueAsString(safeDetails)))
			.execute();
	}

	public void record(Long tenantId, Actor actor, String action, Target target) {
		record(tenantId, actor, action, target, Map.of());
	}

	/** Who acted. */
	public record Actor(Long id, String email) {

		/** The signed-in user of a request as the actor of an event. */
		public static Actor of(CurrentUser user) {
			return new Actor(user.userId(), user.email());
		}
	}

	/** What was acted upon. */
	public record Target(String type, String id) {

		public static Target of(String type, Object id) {
			return new Target(type, String.valueOf(id));
		}
	}

}
