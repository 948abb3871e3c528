-- Who or what stopped a run, so a stop reads as a stop ("stopped by Ana at 14:02", "stopped by the shutdown
-- of worker X") and never as a failure; and each attempt's own times, so a restarted run shows when each
-- attempt was queued, on which worker it ran, and when it started and ended.

ALTER TABLE job_run
    ADD COLUMN stop_cause         text,
    ADD COLUMN stop_requested_by  bigint,
    ADD COLUMN stop_requested_at  timestamptz,
    ADD COLUMN stop_worker_id     text,
    ADD CONSTRAINT job_run_stop_cause CHECK (stop_cause IN ('user', 'shutdown'));

COMMENT ON COLUMN job_run.stop_cause IS
    'user: a person asked for the stop (stop_requested_by); shutdown: the worker stop_worker_id shut down';

ALTER TABLE job_run_execution
    ADD COLUMN queued_at  timestamptz,
    ADD COLUMN worker_id  text;

COMMENT ON COLUMN job_run_execution.queued_at IS 'when the attempt that produced this execution was queued';
