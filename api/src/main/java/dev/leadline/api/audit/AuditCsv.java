package dev.leadline.api.audit;

import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The columns of the audit log export. */
final class AuditCsv {

	static final List<String> HEADER = List.of("Time", "Action", "Actor", "Actor E-mail", "Actor ID", "Target Type",
			"Target ID", "IP Address", "Request ID", "Details", "Event ID");

	private AuditCsv() {
	}

	static List<String> row(AuditEventView e, JsonMapper json) {
		return Arrays.asList(e.occurredAt().toInstant().toString(), e.action(), e.actorName(), e.actorEmail(),
				e.actorId() == null ? null : Long.toString(e.actorId()), e.targetType(), e.targetId(), e.ip(),
				e.requestId(), e.details().isEmpty() ? null : json.writeValueAsString(e.details()),
				Long.toString(e.id()));
	}

}
