-- The job platform: a run is one request to run a Spring Batch job for a tenant (or for the platform,
-- tenant_id null). It is QUEUED until a worker claims it, and keeps every job execution it produced.

CREATE TYPE job_run_status AS ENUM (
    'QUEUED', 'STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'FAILED', 'COMPLETED', 'ABANDONED');

CREATE TABLE worker (
    id            text        PRIMARY KEY,
    host          text        NOT NULL,
    pid           bigint      NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    heartbeat_at  timestamptz NOT NULL DEFAULT now(),
    stopped_at    timestamptz
);

CREATE TABLE job_run (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         bigint         REFERENCES tenant (id) ON DELETE CASCADE,
    job_name          text           NOT NULL,
    status            job_run_status NOT NULL DEFAULT 'QUEUED',
    trigger_type      text           NOT NULL,
    triggered_by      bigint,
    trigger_detail    text,
    parameters        jsonb          NOT NULL DEFAULT '{}'::jsonb,
    idempotency_key   text,
    request_hash      text,
    -- Set when a queued run should resume its last execution instead of starting a new one.
    restart_pending   boolean        NOT NULL DEFAULT false,
    worker_id         text           REFERENCES worker (id) ON DELETE SET NULL,
    items_expected    bigint,
    items_done        bigint         NOT NULL DEFAULT 0,
    failure_type      text,
    failure_message   text,
    created_at        timestamptz    NOT NULL DEFAULT now(),
    queued_at         timestamptz    NOT NULL DEFAULT now(),
    started_at        timestamptz,
    ended_at          timestamptz,
    updated_at        timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT job_run_trigger_type CHECK (trigger_type IN ('api', 'schedule', 'job', 'system')),
    CONSTRAINT job_run_parameters_object CHECK (jsonb_typeof(parameters) = 'object'),
    CONSTRAINT job_run_items_non_negative CHECK (items_done >= 0 AND (items_expected IS NULL OR items_expected >= 0))
);

CREATE UNIQUE INDEX job_run_tenant_idempotency_key ON job_run (tenant_id, idempotency_key) NULLS NOT DISTINCT
    WHERE idempotency_key IS NOT NULL;
-- Listing: a tenant's runs newest first, optionally by status or job.
CREATE INDEX job_run_tenant_id ON job_run (tenant_id, id DESC);
CREATE INDEX job_run_tenant_status ON job_run (tenant_id, status, id DESC);
-- Claiming: the queue in arrival order, and the active runs per tenant and per worker.
CREATE INDEX job_run_queued ON job_run (queued_at, id) WHERE status = 'QUEUED';
CREATE INDEX job_run_active ON job_run (tenant_id) WHERE status IN ('STARTING', 'STARTED', 'STOPPING');
CREATE INDEX job_run_worker_active ON job_run (worker_id) WHERE status IN ('STARTING', 'STARTED', 'STOPPING');

CREATE TRIGGER job_run_set_updated_at BEFORE UPDATE ON job_run
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE job_run_execution (
    job_execution_id  bigint      PRIMARY KEY,
    job_run_id        bigint      NOT NULL REFERENCES job_run (id) ON DELETE CASCADE,
    tenant_id         bigint      REFERENCES tenant (id) ON DELETE CASCADE,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_run_execution_run ON job_run_execution (job_run_id, job_execution_id);

CREATE TABLE job_run_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_run_id   bigint      NOT NULL REFERENCES job_run (id) ON DELETE CASCADE,
    tenant_id    bigint      REFERENCES tenant (id) ON DELETE CASCADE,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    level        text        NOT NULL,
    kind         text        NOT NULL,
    message      text        NOT NULL,
    details      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT job_run_event_level CHECK (level IN ('info', 'warning', 'error'))
);
CREATE INDEX job_run_event_run ON job_run_event (job_run_id, id);

-- ShedLock: one process per schedule tick.
CREATE TABLE shedlock (
    name        varchar(64)  PRIMARY KEY,
    lock_until  timestamp    NOT NULL,
    locked_at   timestamp    NOT NULL,
    locked_by   varchar(255) NOT NULL
);

SELECT enable_tenant_isolation(t) FROM unnest(ARRAY['job_run', 'job_run_execution', 'job_run_event']::regclass[]) AS t;
