-- A column remembered as a custom attribute keeps the name the user gave it ("Stadt" imported as
-- "Standort"), exactly as typed; null for the other fields and for memories from before.
ALTER TABLE import_header_memory ADD COLUMN attribute text;
ALTER TABLE import_header_memory ADD CONSTRAINT import_header_memory_attribute
    CHECK (attribute IS NULL OR (field = 'CUSTOM' AND char_length(attribute) BETWEEN 1 AND 100));
