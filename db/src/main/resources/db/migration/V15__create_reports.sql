-- Company dossiers (issue #17). A report is one run of reportJob over a selection of companies; it renders one
-- PDF per company into the file store. A report_file row is pending until the chunk that stored its PDF commits
-- it complete with its size and SHA-256, so a restarted run renders exactly the files no committed chunk has.

CREATE TABLE report (
    run_id            bigint      NOT NULL,
    tenant_id         bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    -- What was asked for: {"ids": [...]} or {"filter": {...}} (the companies browse filters).
    selection         jsonb       NOT NULL,
    -- Companies created after the request are never part of the report.
    up_to_id          bigint      NOT NULL,
    selected_at       timestamptz,
    companies         integer,
    created_by        bigint,
    created_at        timestamptz NOT NULL DEFAULT now(),
    -- Set by housekeeping once the report's files are past the retention and removed; the rows stay.
    files_removed_at  timestamptz,
    PRIMARY KEY (tenant_id, run_id),
    CONSTRAINT report_selection_object CHECK (jsonb_typeof(selection) = 'object')
);
CREATE INDEX report_created ON report (created_at) WHERE files_removed_at IS NULL;

CREATE TABLE report_file (
    tenant_id    bigint      NOT NULL,
    id           bigint GENERATED ALWAYS AS IDENTITY,
    report_id    bigint      NOT NULL,
    company_id   bigint      NOT NULL,
    state        text        NOT NULL DEFAULT 'pending',
    -- The name a download is offered under (safe: letters, digits, dashes, dots) and the file store's key.
    file_name    text,
    storage_key  text,
    size_bytes   bigint,
    sha256       text,
    -- Why the file could not be made (state failed), e.g. the company was deleted meanwhile.
    reason       text,
    created_at   timestamptz,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT report_file_of_report FOREIGN KEY (tenant_id, report_id)
        REFERENCES report (tenant_id, run_id) ON DELETE CASCADE,
    CONSTRAINT report_file_one_per_company UNIQUE (tenant_id, report_id, company_id),
    CONSTRAINT report_file_state_known CHECK (state IN ('pending', 'complete', 'failed')),
    CONSTRAINT report_file_complete_has_file CHECK (state <> 'complete'
        OR (file_name IS NOT NULL AND storage_key IS NOT NULL AND size_bytes >= 0 AND sha256 ~ '^[0-9a-f]{64}$'
            AND created_at IS NOT NULL))
);
CREATE INDEX report_file_pending ON report_file (tenant_id, report_id, company_id) WHERE state = 'pending';
CREATE INDEX report_file_of_report_in_order ON report_file (tenant_id, report_id, id);

-- How a tenant's documents look: the name printed on them, a logo (PNG or JPEG) and an accent colour.
CREATE TABLE tenant_branding (
    tenant_id        bigint      PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    display_name     text,
    colour           text        NOT NULL DEFAULT '#1F4E79',
    logo             bytea,
    logo_media_type  text,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tenant_branding_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 200),
    CONSTRAINT tenant_branding_colour_hex CHECK (colour ~ '^#[0-9A-F]{6}$'),
    CONSTRAINT tenant_branding_logo_size CHECK (octet_length(logo) <= 262144),
    CONSTRAINT tenant_branding_logo_type CHECK (logo_media_type IN ('image/png', 'image/jpeg')),
    CONSTRAINT tenant_branding_logo_with_type CHECK ((logo IS NULL) = (logo_media_type IS NULL))
);
CREATE TRIGGER tenant_branding_set_updated_at BEFORE UPDATE ON tenant_branding
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

SELECT enable_tenant_isolation(t) FROM unnest(ARRAY['report', 'report_file', 'tenant_branding']::regclass[]) AS t;
