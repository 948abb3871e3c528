/**
 * Rate limits in token buckets kept in PostgreSQL, shared by every process: a filter per
 * tenant and request class, and the 429 answer with Retry-After and the IETF RateLimit
 * headers.
 */
package dev.leadline.api.system.ratelimit;
