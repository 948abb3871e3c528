package dev.leadline.api.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/** One audit event. */
public record AuditEventView(long id, OffsetDateTime occurredAt, @Schema(types = {
		"integer", "null" }) Long tenantId, @Schema(types = { "integer", "null" }) Long actorId,
		@Schema(types = { "string", "null" }) String actorEmail, String action,
		@Schema(types = { "string", "null" }) String targetType, @Schema(types = { "string", "null" }) String targetId,
		@Schema(types = { "string", "null" }) String requestId, @Schema(types = { "string", "null" }) String ip,
		Map<String, Object> details){
}
