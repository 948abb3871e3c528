package dev.leadline.api.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One audit event; {@code actorName} is the actor's current display name (null for the
 * system, or once the user is deleted), {@code ip} the client address in one written
 * form.
 */
public record AuditEventView(long id, OffsetDateTime occurredAt, @Schema(types = {
		"integer", "null" }) Long tenantId, @Schema(types = { "integer", "null" }) Long actorId,
		@Schema(types = { "string", "null" }) String actorEmail, @Schema(types = { "string", "null" }) String actorName,
		String action, @Schema(types = { "string", "null" }) String targetType,
		@Schema(types = { "string", "null" }) String targetId, @Schema(types = { "string", "null" }) String requestId,
		@Schema(types = { "string", "null" }) String ip, Map<String, Object> details){
}
