package dev.leadline.api.tenants;

import java.util.List;

/** A page of tenants by id; {@code nextCursor} is null on the last page. */
public record TenantPage(List<TenantView> items, String nextCursor) {
}
