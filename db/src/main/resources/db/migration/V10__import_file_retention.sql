-- An import's uploaded file is removed some time after the import ended, or after it was uploaded and never
-- started (housekeeping, leadline.housekeeping.upload-retention). The import's row, its counts and its rejected
-- rows stay; an import whose file is gone can no longer be started, restarted or re-read.
ALTER TABLE contact_import ADD COLUMN file_removed_at timestamptz;
