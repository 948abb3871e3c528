/**
 * Which tenant a unit of work belongs to, and how that reaches PostgreSQL: every
 * connection taken from the application's pool declares the current
 * {@link dev.leadline.db.tenancy.TenantScope}, and the row level security policies of
 * migration V6 do the rest.
 */
package dev.leadline.db.tenancy;
