package dev.leadline.api.audit;

import java.util.List;

/**
 * What the audit log can be narrowed to: every action it records (sorted) and the
 * tenant's users by name.
 */
public record AuditFacetsView(List<String> actions, List<AuditActorView> actors) {
}
