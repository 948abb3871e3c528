-- Import staging (issue #20). An import now runs in two phases: the file's rows are read, normalised and
-- staged here, one row per e-mail key (the file's duplicates merged into it as they arrive), then merged into
-- contact set-based, in e-mail order, in blocks, by as many sessions as the import's merge has partitions.
-- The stage holds exactly the rows still to merge: each block deletes its rows in the transaction that merges
-- them, so a restart merges what is left.
--
-- No foreign keys: each would cost a per-row check on the hottest insert of the import, and the rows live only
-- as long as the import runs (see ImportFileRetention for those of imports that never finish).
-- Logged, not UNLOGGED: an unlogged table is emptied by crash recovery, which would lose a staged file whose
-- reading step Spring Batch has already recorded as complete.
CREATE TABLE contact_import_stage (
    import_id    bigint NOT NULL,
    email_key    text   NOT NULL,
    tenant_id    bigint NOT NULL,
    email        text   NOT NULL,
    first_name   text,
    last_name    text,
    title        text,
    phone        text,
    city         text,
    country      text,
    linkedin_url text,
    company_id   bigint,
    company_name text,
    attributes   jsonb  NOT NULL,
    CONSTRAINT contact_import_stage_pkey PRIMARY KEY (import_id, email_key)
);
SELECT enable_tenant_isolation('contact_import_stage');

-- The second phase's progress, shown while it runs: the rows staged when merging began, and those merged since.
ALTER TABLE contact_import
    ADD COLUMN staged bigint,
    ADD COLUMN merged bigint NOT NULL DEFAULT 0;
