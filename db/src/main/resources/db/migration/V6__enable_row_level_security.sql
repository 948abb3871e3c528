-- Tenant isolation behind the application: every table with tenant_id lets a session see and write
-- only the rows of the tenant it declared (leadline.tenant_id), and nothing when it declared none.
-- The "system" scope (leadline.system = 'on') is for platform administration and housekeeping.
-- FORCE makes the rules bind the table owner too; only superusers and BYPASSRLS roles escape them,
-- and the application role is neither.

CREATE FUNCTION current_tenant_id() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT nullif(current_setting('leadline.tenant_id', true), '')::bigint $$;

CREATE FUNCTION in_system_scope() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT coalesce(current_setting('leadline.system', true), '') = 'on' $$;

ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_own_row ON tenant FOR SELECT USING (id = current_tenant_id());
CREATE POLICY tenant_system ON tenant USING (in_system_scope()) WITH CHECK (in_system_scope());

-- The one way a migration puts a table with tenant_id under isolation (later migrations call it too).
CREATE FUNCTION enable_tenant_isolation(target regclass) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = current_tenant_id()) '
                   'WITH CHECK (tenant_id = current_tenant_id())', target);
    EXECUTE format('CREATE POLICY system_scope ON %s USING (in_system_scope()) WITH CHECK (in_system_scope())',
                   target);
END
$$;
REVOKE EXECUTE ON FUNCTION enable_tenant_isolation(regclass) FROM PUBLIC, ${appRole};

SELECT enable_tenant_isolation(t) FROM unnest(ARRAY['app_user', 'company', 'contact', 'token_family',
    'refresh_token', 'audit_event']::regclass[]) AS t;
