/**
 * The users of a tenant: listing, creating, changing roles, disabling and removing them,
 * with the rule that a tenant always keeps at least one owner. Owners and admins manage
 * users; only owners grant or take away ownership.
 */
package dev.leadline.api.users;
