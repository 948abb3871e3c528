/**
 * The audit log: who did what to which thing, when, from where. Writers call
 * {@link dev.leadline.api.audit.AuditLog}, auth through its sign-in events; owners and
 * admins read their tenant's log at {@code /api/v1/audit}.
 */
package dev.leadline.api.audit;
