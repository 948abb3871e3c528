package dev.leadline.api.auth;

/** A tenant as its members see it. */
public record TenantSummaryView(long id, String slug, String name) {
}
