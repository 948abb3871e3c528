package dev.leadline.api.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of audit events, newest first; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEventView> items, @Schema(types = {
		"string", "null" }) String nextCursor){
}
