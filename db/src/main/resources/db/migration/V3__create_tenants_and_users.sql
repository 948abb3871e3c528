CREATE TYPE tenant_status AS ENUM ('active', 'suspended');
CREATE TYPE user_role AS ENUM ('owner', 'admin', 'member', 'viewer');

CREATE TABLE tenant (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text          NOT NULL,
    name        text          NOT NULL,
    status      tenant_status NOT NULL DEFAULT 'active',
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT tenant_slug_format CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$'),
    CONSTRAINT tenant_name_length CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT tenant_slug_unique UNIQUE (slug)
);

CREATE TRIGGER tenant_set_updated_at BEFORE UPDATE ON tenant
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A user belongs to exactly one tenant, with one role in it. The e-mail is the login,
-- so it is unique across the platform regardless of case.
CREATE TABLE app_user (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    email           text        NOT NULL,
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    role            user_role   NOT NULL DEFAULT 'member',
    platform_admin  boolean     NOT NULL DEFAULT false,
    disabled        boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_email_length CHECK (char_length(email) BETWEEN 3 AND 320),
    CONSTRAINT app_user_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 200),
    CONSTRAINT app_user_tenant_id_id_unique UNIQUE (tenant_id, id)
);

CREATE UNIQUE INDEX app_user_email_lower_unique ON app_user (lower(email));

CREATE TRIGGER app_user_set_updated_at BEFORE UPDATE ON app_user
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
