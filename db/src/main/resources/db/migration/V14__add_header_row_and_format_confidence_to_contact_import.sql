-- Whether the import's first row is a header (detected, or chosen by the user: without one the columns are
-- named "Column 1".."Column n" and the first row is data), and how sure detection was of the format in force:
-- {"encoding": 0-100, "delimiter": 0-100, "header": 0-100}, a member null when the user chose that setting.
ALTER TABLE contact_import ADD COLUMN has_header boolean NOT NULL DEFAULT true;
ALTER TABLE contact_import ADD COLUMN format_confidence jsonb;
