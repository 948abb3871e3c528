package dev.leadline.db.tenancy;

/**
 * The rows a unit of work may see: one tenant's, or every tenant's for platform
 * administration and housekeeping ({@link #system()}). Absence of a scope means no rows
 * at all.
 */
public record TenantScope(Long tenantId, boolean systemWide) {

	public TenantScope {
		if (tenantId == null && !systemWide) {
			throw new IllegalArgumentException("A tenant scope names a tenant");
		}
	}

	public static TenantScope tenant(long tenantId) {
		return new TenantScope(tenantId, false);
	}

	public static TenantScope system() {
		return new TenantScope(null, true);
	}
}
