/**
 * Nightly housekeeping, a platform job: removes expired sessions and refresh tokens, full
 * rate-limit buckets, and finished runs (with their Spring Batch records) past the
 * retention period.
 */
package dev.leadline.jobs.housekeeping;
