-- CSV imports: one row per uploaded file, what was detected in it, the mapping the user confirmed, the run
-- that imports it and its counts. Counts are advanced in the same transaction as each chunk's rows, so
-- they stay exact across stops, crashes and restarts.

CREATE TYPE import_existing_policy AS ENUM ('FILL_BLANKS', 'OVERWRITE');
CREATE TYPE import_issue_severity AS ENUM ('ERROR', 'WARNING');

CREATE TABLE contact_import (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id             bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    uploaded_by           bigint,
    file_name             text        NOT NULL,
    -- The file under <data dir>/imports/<tenant id>/; a generated name, never the user's.
    stored_name           text        NOT NULL,
    size_bytes            bigint      NOT NULL,
    sha256                text        NOT NULL,
    -- What detection found, and the settings in force (detection unless the user overrode it).
    detected              jsonb       NOT NULL,
    encoding              text        NOT NULL,
    delimiter             text        NOT NULL,
    quote                 text        NOT NULL,
    headers               text[]      NOT NULL,
    estimated_rows        bigint      NOT NULL,
    -- Suggested mapping (always present) and the confirmed one (null until the user confirms).
    -- The first rows parsed with the settings in force, for the preview.
    sample_rows           jsonb       NOT NULL,
    suggested_mapping     jsonb       NOT NULL,
    mapping               jsonb,
    existing_policy       import_existing_policy NOT NULL DEFAULT 'FILL_BLANKS',
    default_country       text,
    allow_without_email   boolean     NOT NULL DEFAULT false,
    job_run_id            bigint      REFERENCES job_run (id) ON DELETE SET NULL,
    rows_read             bigint      NOT NULL DEFAULT 0,
    inserted              bigint      NOT NULL DEFAULT 0,
    updated               bigint      NOT NULL DEFAULT 0,
    duplicates            bigint      NOT NULL DEFAULT 0,
    rejected              bigint      NOT NULL DEFAULT 0,
    warnings              bigint      NOT NULL DEFAULT 0,
    companies_created     bigint      NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    started_at            timestamptz,
    finished_at           timestamptz,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contact_import_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT contact_import_file_name_length CHECK (char_length(file_name) BETWEEN 1 AND 255),
    CONSTRAINT contact_import_delimiter CHECK (delimiter IN (',', ';', E'\t', '|')),
    CONSTRAINT contact_import_quote CHECK (quote IN ('"', '''')),
    CONSTRAINT contact_import_default_country CHECK (default_country ~ '^[A-Z]{2}$'),
    CONSTRAINT contact_import_counts CHECK (rows_read >= 0 AND inserted >= 0 AND updated >= 0 AND duplicates >= 0
        AND rejected >= 0 AND warnings >= 0 AND companies_created >= 0),
    CONSTRAINT contact_import_tenant_id_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX contact_import_tenant_id ON contact_import (tenant_id, id DESC);
CREATE UNIQUE INDEX contact_import_run ON contact_import (job_run_id) WHERE job_run_id IS NOT NULL;

CREATE TRIGGER contact_import_set_updated_at BEFORE UPDATE ON contact_import
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Rows an import rejected (ERROR) or imported with a remark (WARNING), with the row's own fields for
-- ERROR so the user can fix and re-import them.
CREATE TABLE contact_import_issue (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint      NOT NULL,
    import_id    bigint      NOT NULL,
    line         bigint      NOT NULL,
    severity     import_issue_severity NOT NULL,
    column_name  text,
    value        text,
    reason       text        NOT NULL,
    fields       jsonb,
    CONSTRAINT contact_import_issue_import FOREIGN KEY (tenant_id, import_id)
        REFERENCES contact_import (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_import_issue_import ON contact_import_issue (import_id, severity, line, id);

-- Confirmed mappings, remembered per tenant by normalised header so the same column maps itself next time.
CREATE TABLE import_header_memory (
    tenant_id     bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    header_key    text        NOT NULL,
    field         text        NOT NULL,
    times_used    integer     NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, header_key)
);

-- Where a contact came from: the import that created it, and the last one that touched it (which tells a
-- duplicate inside one file from an update of an older contact, also after a restart).
ALTER TABLE contact
    ADD COLUMN source_import_id bigint,
    ADD COLUMN last_import_id   bigint;

-- Lookup keys as stored columns, not expression indexes: under row level security PostgreSQL may use a
-- condition as an index condition only when its functions are leakproof, and lower() is not. With
-- lower(email) in the query, each lookup read the tenant's whole index range; email_key = ANY(...) uses
-- texteq, which is leakproof, so it stays an index condition.
ALTER TABLE contact ADD COLUMN email_key text GENERATED ALWAYS AS (lower(email)) STORED;
DROP INDEX contact_tenant_email_lower_unique;
CREATE UNIQUE INDEX contact_tenant_email_key_unique ON contact (tenant_id, email_key) WHERE email_key IS NOT NULL;
ALTER TABLE company ADD COLUMN name_key text GENERATED ALWAYS AS (lower(name)) STORED;
CREATE INDEX contact_tenant_source_import ON contact (tenant_id, source_import_id) WHERE source_import_id IS NOT NULL;

SELECT enable_tenant_isolation(t)
FROM unnest(ARRAY['contact_import', 'contact_import_issue', 'import_header_memory']::regclass[]) AS t;

-- Companies are linked by domain; a company known only by name (no website, a free-mail address) is
-- linked by its name, once per tenant.
CREATE UNIQUE INDEX company_tenant_name_without_domain ON company (tenant_id, name_key) WHERE domain IS NULL;
