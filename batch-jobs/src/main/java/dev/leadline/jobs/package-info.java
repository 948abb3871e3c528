/**
 * Batch jobs: one package per job feature (csvimport, enrichment, reports) plus the
 * platform that launches, schedules and recovers them. Jobs run on Spring Batch 6 with
 * its JobRepository in PostgreSQL.
 */
package dev.leadline.jobs;
