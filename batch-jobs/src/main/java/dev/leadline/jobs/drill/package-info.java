/**
 * The drill job: a tenant-scoped job that writes nothing, for exercising the platform end
 * to end (a worker picks it up, progress moves, a planned failure, a restart that
 * resumes). Off unless {@code leadline.jobs.drill.enabled} is true; the end-to-end tests
 * and operators' fire drills turn it on.
 */
package dev.leadline.jobs.drill;
