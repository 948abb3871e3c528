-- A contact's enriched values live in contact_enrichment, one row per enriched contact, instead of on the contact
-- row. Enriching a contact used to rewrite its row: never a HOT update (the updated_at trigger changes an indexed
-- column, and a bulk-loaded page has no room), so every one of contact's eleven indexes, the trigram index among
-- them, took a new entry per enriched contact: 0.56 ms a contact, 85 % of a Person run's database time
-- (scripts/bench/enrichment, pg_stat_statements). A row of this table has one index. Enrichment no longer
-- changes contact.updated_at: that is when the contact's own data last changed.
--
-- seniority, department and email_status stay plain text with CHECK constraints (not enums) for the reason V9
-- gives: comparisons on them stay leakproof under row level security.

CREATE TABLE contact_enrichment (
    tenant_id     bigint      NOT NULL,
    contact_id    bigint      NOT NULL,
    seniority     text CONSTRAINT contact_enrichment_seniority_known CHECK (seniority IN
        ('OWNER', 'C_LEVEL', 'VP', 'HEAD', 'DIRECTOR', 'MANAGER', 'SENIOR', 'ENTRY', 'INTERN')),
    department    text CONSTRAINT contact_enrichment_department_known CHECK (department IN
        ('EXECUTIVE', 'ENGINEERING', 'PRODUCT', 'DESIGN', 'SALES', 'MARKETING', 'CUSTOMER_SUCCESS', 'SUPPORT',
         'OPERATIONS', 'FINANCE', 'HR', 'LEGAL', 'IT', 'DATA', 'OTHER')),
    email_status  text CONSTRAINT contact_enrichment_email_status_known CHECK (email_status IN
        ('VALID', 'RISKY', 'INVALID', 'UNKNOWN')),
    -- {"field": {"value": ..., "source": "stage/provider", "fetchedAt": "..."}}, as contact.enrichment held.
    fields        jsonb       NOT NULL DEFAULT '{}'::jsonb
        CONSTRAINT contact_enrichment_fields_object CHECK (jsonb_typeof(fields) = 'object'),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, contact_id),
    CONSTRAINT contact_enrichment_contact FOREIGN KEY (tenant_id, contact_id)
        REFERENCES contact (tenant_id, id) ON DELETE CASCADE
);

INSERT INTO contact_enrichment (tenant_id, contact_id, seniority, department, email_status, fields, updated_at)
SELECT tenant_id, id, seniority, department, email_status, enrichment, updated_at
FROM contact
WHERE enrichment <> '{}'::jsonb OR seniority IS NOT NULL OR department IS NOT NULL OR email_status IS NOT NULL;

ALTER TABLE contact
    DROP COLUMN seniority,
    DROP COLUMN department,
    DROP COLUMN email_status,
    DROP COLUMN enrichment;

SELECT enable_tenant_isolation('contact_enrichment');

-- A run's items are inserted in one statement, a million at a time, and each chunk's update then finds its items
-- by key. Planned without statistics of the new rows, that update scanned the run's pending items per chunk (28 s
-- for one chunk of 500 in a 100,000-item run). The run's first step runs ANALYZE after inserting them.
GRANT MAINTAIN ON TABLE enrichment_item TO ${appRole};
