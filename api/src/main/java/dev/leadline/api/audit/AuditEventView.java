package dev.leadline.api.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One audit event. Nullable: tenantId, actorId, actorEmail, targetType, targetId, requestId, ip. */
public record AuditEventView(long id, OffsetDateTime occurredAt, Long tenantId, Long actorId, String actorEmail,
                             String action, String targetType, String targetId, String requestId, String ip,
                             Map<String, Object> details) {
}
