package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN_EVENT;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The run's own log: state changes, warnings, skipped items and why. */
@Component
public class RunEvents {

	private final DSLContext dsl;

	private final JsonMapper json;

	RunEvents(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	public void info(long runId, Long tenantId, String kind, String message) {
		record(runId, tenantId, "info", kind, message, Map.of());
	}

	public void warning(long runId, Long tenantId, String kind, String message) {
		record(runId, tenantId, "warning", kind, message, Map.of());
	}

	public void record(long runId, Long tenantId, String level, String kind, String message, Map<String, ?> details) {
		dsl.insertInto(JOB_RUN_EVENT)
			.set(JOB_RUN_EVENT.JOB_RUN_ID, runId)
			.set(JOB_RUN_EVENT.TENANT_ID, tenantId)
			.set(JOB_RUN_EVENT.LEVEL, level)
			.set(JOB_RUN_EVENT.KIND, kind)
			.set(JOB_RUN_EVENT.MESSAGE, truncate(message, 4000))
			.set(JOB_RUN_EVENT.DETAILS, JSONB.valueOf(json.writeValueAsString(details)))
			.execute();
	}

	static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
