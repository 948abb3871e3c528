package dev.leadline.api.tenants;

import dev.leadline.db.jooq.enums.TenantStatus;
import java.time.OffsetDateTime;

/** A tenant, as platform admins see it. */
public record TenantView(long id, String slug, String name, TenantStatus status, OffsetDateTime createdAt) {
}
