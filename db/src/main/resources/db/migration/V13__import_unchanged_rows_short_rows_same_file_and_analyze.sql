-- Re-imports count the matched rows whose values would not change apart (they are not written at all);
-- short rows (too few fields, a trailing delimiter dropped) may be filled with blanks; the same file
-- (same SHA-256) uploaded again is found quickly; and an import may ANALYZE the tables it filled, so that
-- browsing right after a large import is planned with statistics of the table as it now is.

ALTER TABLE contact_import
    ADD COLUMN unchanged           bigint  NOT NULL DEFAULT 0,
    ADD COLUMN fill_missing_values boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT contact_import_unchanged CHECK (unchanged >= 0);

COMMENT ON COLUMN contact_import.unchanged IS
    'rows matching an existing contact whose values the merge policy would not change (not written)';
COMMENT ON COLUMN contact_import.fill_missing_values IS
    'rows with fewer fields than the header are imported with the missing trailing values blank (else rejected)';

CREATE INDEX contact_import_tenant_sha256 ON contact_import (tenant_id, sha256, id);

-- MAINTAIN (PostgreSQL 17+) lets the application role run ANALYZE on these tables, and nothing else.
GRANT MAINTAIN ON TABLE contact, company TO ${appRole};
