-- Enrichment runs and their items, the provenance of enriched fields, and each tenant's credits.
--
-- Credits: a tenant's balance is what top-ups and refunds added and charges took. Runs hold what they may spend
-- (held <= balance), charge per delivered item, and release the rest. The ledger is append-only and explains the
-- account: the sum of its balance-changing entries (top_up, refund, charge) is the balance, the sum of its holding
-- entries (hold, release, charge) is what is held. One charge per (tenant, run, stage, item): credit_charge's key.

CREATE TABLE credit_account (
    tenant_id   bigint      PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    balance     bigint      NOT NULL DEFAULT 0,
    held        bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT credit_account_balance_not_negative CHECK (balance >= 0),
    CONSTRAINT credit_account_held_covered CHECK (held >= 0 AND held <= balance)
);

CREATE TYPE credit_entry_kind AS ENUM ('top_up', 'refund', 'hold', 'charge', 'release');

CREATE TABLE credit_ledger (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id   bigint            NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    kind        credit_entry_kind NOT NULL,
    -- Positive for top-ups, refunds, holds and charges: the kind says which way it moves.
    amount      bigint            NOT NULL,
    -- Charges are recorded once per chunk: how many items the amount is for.
    items       integer,
    run_id      bigint,
    stage       text,
    user_id     bigint,
    note        text,
    created_at  timestamptz       NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT credit_ledger_amount_positive CHECK (amount > 0),
    CONSTRAINT credit_ledger_note_length CHECK (char_length(note) <= 500)
);
CREATE INDEX credit_ledger_tenant_run ON credit_ledger (tenant_id, run_id) WHERE run_id IS NOT NULL;
CREATE INDEX credit_ledger_tenant_created ON credit_ledger (tenant_id, created_at);

CREATE FUNCTION credit_ledger_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'credit_ledger is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER credit_ledger_append_only BEFORE UPDATE OR DELETE ON credit_ledger
    FOR EACH ROW EXECUTE FUNCTION credit_ledger_append_only();

-- What each delivered item cost: the key makes a second charge for the same item impossible, whatever retries.
CREATE TABLE credit_charge (
    tenant_id   bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    run_id      bigint      NOT NULL,
    stage       text        NOT NULL,
    item_id     bigint      NOT NULL,
    amount      integer     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, run_id, stage, item_id),
    CONSTRAINT credit_charge_amount_positive CHECK (amount > 0)
);

-- Per tenant: how long an enrichment stays fresh, and the nightly re-enrichment.
CREATE TABLE enrichment_settings (
    tenant_id           bigint      PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    freshness_days      integer     NOT NULL DEFAULT 30,
    nightly_enabled     boolean     NOT NULL DEFAULT false,
    nightly_stages      text[]      NOT NULL DEFAULT '{}',
    nightly_credit_cap  bigint      NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT enrichment_settings_freshness CHECK (freshness_days BETWEEN 1 AND 3650),
    CONSTRAINT enrichment_settings_cap CHECK (nightly_credit_cap >= 0)
);

CREATE TYPE enrichment_item_state AS ENUM ('pending', 'found', 'not_found', 'failed', 'skipped');

-- One enrichment run of one stage (the job_run carries status and progress).
CREATE TABLE enrichment_run (
    run_id            bigint      NOT NULL,
    tenant_id         bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    stage             text        NOT NULL,
    entity            text        NOT NULL,
    -- What was asked for: {"ids": [...]} or {"filter": {...}}, and whether fresh items were forced.
    selection         jsonb       NOT NULL,
    forced            boolean     NOT NULL DEFAULT false,
    -- Items created after the request are never part of the run.
    up_to_id          bigint      NOT NULL,
    cost_per_item     integer     NOT NULL,
    -- The most the run may spend (null: the estimate's maximum).
    budget            bigint,
    selected_at       timestamptz,
    items_selected    bigint,
    skipped_fresh     bigint,
    found             bigint      NOT NULL DEFAULT 0,
    not_found         bigint      NOT NULL DEFAULT 0,
    failed            bigint      NOT NULL DEFAULT 0,
    held              bigint      NOT NULL DEFAULT 0,
    charged           bigint      NOT NULL DEFAULT 0,
    released          bigint      NOT NULL DEFAULT 0,
    created_by        bigint,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, run_id),
    CONSTRAINT enrichment_run_spent_within_hold CHECK (charged + released <= held)
);
CREATE INDEX enrichment_run_tenant_created ON enrichment_run (tenant_id, created_at DESC, run_id DESC);

-- The items of a run: pending until a chunk records what was found, not found or failed (and why).
CREATE TABLE enrichment_item (
    tenant_id    bigint                NOT NULL,
    run_id       bigint                NOT NULL,
    item_id      bigint                NOT NULL,
    state        enrichment_item_state NOT NULL DEFAULT 'pending',
    reason       text,
    fields       jsonb,
    credits      integer               NOT NULL DEFAULT 0,
    finished_at  timestamptz,
    PRIMARY KEY (tenant_id, run_id, item_id)
);
CREATE INDEX enrichment_item_pending ON enrichment_item (tenant_id, run_id, item_id) WHERE state = 'pending';
CREATE INDEX enrichment_item_state ON enrichment_item (tenant_id, run_id, state, item_id);

-- When each item was last enriched by each stage: what makes it fresh.
CREATE TABLE enrichment_freshness (
    tenant_id    bigint      NOT NULL,
    stage        text        NOT NULL,
    item_id      bigint      NOT NULL,
    enriched_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, stage, item_id)
);

-- Enriched fields with their source and time: {"field": {"value": ..., "source": "stage/provider",
-- "fetchedAt": "..."}}. The values that are also columns (seniority, e-mail status...) are written there too.
ALTER TABLE contact ADD COLUMN enrichment jsonb NOT NULL DEFAULT '{}'::jsonb
    CONSTRAINT contact_enrichment_object CHECK (jsonb_typeof(enrichment) = 'object');
ALTER TABLE company ADD COLUMN enrichment jsonb NOT NULL DEFAULT '{}'::jsonb
    CONSTRAINT company_enrichment_object CHECK (jsonb_typeof(enrichment) = 'object');

ALTER TABLE job_run DROP CONSTRAINT job_run_stop_cause;
ALTER TABLE job_run ADD CONSTRAINT job_run_stop_cause CHECK (stop_cause IN ('user', 'shutdown', 'credits'));
COMMENT ON COLUMN job_run.stop_cause IS
    'user: a person asked for the stop (stop_requested_by); shutdown: the worker stop_worker_id shut down; '
    'credits: the run ran out of credits (balance or budget) and resumes when restarted after a top-up';

SELECT enable_tenant_isolation(t) FROM unnest(ARRAY['credit_account', 'credit_ledger', 'credit_charge',
    'enrichment_settings', 'enrichment_run', 'enrichment_item', 'enrichment_freshness']::regclass[]) AS t;
