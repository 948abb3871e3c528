-- Saved views of the contacts table, per user: a name, the filters and the order as the dashboard keeps
-- them in the page's address, and the columns shown. A user sees and changes only their own; names are
-- unique per user regardless of case.
CREATE TABLE contact_view (
    tenant_id   bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    user_id     bigint      NOT NULL,
    name        text        NOT NULL,
    filters     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    sort        text        NOT NULL,
    columns     text[]      NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT contact_view_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES app_user (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT contact_view_name_length CHECK (char_length(name) BETWEEN 1 AND 100),
    CONSTRAINT contact_view_filters_object CHECK (jsonb_typeof(filters) = 'object'),
    CONSTRAINT contact_view_columns_count CHECK (cardinality(columns) <= 100)
);
CREATE UNIQUE INDEX contact_view_user_name ON contact_view (tenant_id, user_id, lower(name));

CREATE TRIGGER contact_view_set_updated_at BEFORE UPDATE ON contact_view
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

SELECT enable_tenant_isolation('contact_view');

-- The names of the custom attributes a tenant's contacts carry, for the column chooser. Listing them from the
-- contacts themselves reads every row's attributes (seconds at a million contacts); the import writes the
-- names of each chunk here in the chunk's transaction instead. A name stays when its last contact goes.
CREATE TABLE contact_attribute_key (
    tenant_id      bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name           text        NOT NULL,
    first_seen_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, name)
);

-- The names already imported, read in the system scope (an owner that is not a superuser is bound by the
-- tenant rules too); local to this migration's transaction.
SELECT set_config('leadline.system', 'on', true);
INSERT INTO contact_attribute_key (tenant_id, name)
SELECT DISTINCT tenant_id, jsonb_object_keys(attributes)
FROM contact
WHERE attributes <> '{}'::jsonb;
SELECT set_config('leadline.system', '', true);

SELECT enable_tenant_isolation('contact_attribute_key');
