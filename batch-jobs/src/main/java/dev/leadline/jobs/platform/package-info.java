/**
 * The job platform: durable launch requests ({@code job_run}) claimed by any worker
 * process, per-tenant fairness, stop/restart/abandon with reasons, heartbeats and
 * recovery of runs whose worker died, and cluster-safe schedules. Features register jobs
 * as {@link dev.leadline.jobs.platform.LaunchableJob}s and trigger them through
 * {@link dev.leadline.jobs.platform.JobRuns}.
 */
package dev.leadline.jobs.platform;
