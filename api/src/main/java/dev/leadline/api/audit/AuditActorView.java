package dev.leadline.api.audit;

/** A user who may appear as an actor in the audit log. */
public record AuditActorView(long id, String displayName, String email) {
}
