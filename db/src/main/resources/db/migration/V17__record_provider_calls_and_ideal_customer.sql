-- Every call to an outside provider made for an enrichment run (each attempt is one): which provider, how it went,
-- how long it took, what it cost us and, for language models, the tokens. The run keeps the sums.
CREATE TABLE provider_call (
    tenant_id      bigint         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    run_id         bigint         NOT NULL,
    stage          text           NOT NULL,
    item_id        bigint,
    provider       text           NOT NULL,
    attempt        integer        NOT NULL,
    -- null: no HTTP answer (timeout, refused by the outbound guard)
    status         integer,
    outcome        text           NOT NULL,
    latency_ms     integer        NOT NULL,
    cost           numeric(12, 6) NOT NULL DEFAULT 0,
    input_tokens   integer,
    output_tokens  integer,
    called_at      timestamptz    NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT provider_call_outcome CHECK (outcome IN ('ok', 'http-error', 'rate-limited', 'timeout', 'failed',
                                                        'refused'))
);
CREATE INDEX provider_call_tenant_run ON provider_call (tenant_id, run_id, provider);

ALTER TABLE enrichment_run
    ADD COLUMN provider_calls      bigint         NOT NULL DEFAULT 0,
    ADD COLUMN provider_cost       numeric(14, 6) NOT NULL DEFAULT 0,
    ADD COLUMN provider_latency_ms bigint         NOT NULL DEFAULT 0,
    ADD COLUMN tokens              bigint         NOT NULL DEFAULT 0;

-- The tenant's ideal customer, in words: the deep research stage scores each company's fit against it.
ALTER TABLE enrichment_settings
    ADD COLUMN ideal_customer text
        CONSTRAINT enrichment_settings_ideal_customer_length CHECK (char_length(ideal_customer) <= 4000);

SELECT enable_tenant_isolation('provider_call'::regclass);
