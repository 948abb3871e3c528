package dev.leadline.api.jobs;

import dev.leadline.db.jooq.enums.JobRunStatus;

/** A trigger's answer: the run to follow at /api/v1/jobs/{id} (or /admin/jobs/{id}). */
public record RunAcceptedView(long id, JobRunStatus status, boolean created) {
}
