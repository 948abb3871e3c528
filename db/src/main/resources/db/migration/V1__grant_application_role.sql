-- The runtime connects as ${appRole}: no superuser, no BYPASSRLS, owner of nothing.
-- Migrations run as the schema owner; default privileges give the application role
-- data access (never DDL) on everything the owner creates from here on.
REVOKE CREATE ON SCHEMA ${flyway:defaultSchema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${appRole};

ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
    GRANT EXECUTE ON FUNCTIONS TO ${appRole};

-- Shared trigger function: every mutable table keeps updated_at current.
CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
