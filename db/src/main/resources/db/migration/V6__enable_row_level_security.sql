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

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['app_user', 'company', 'contact', 'token_family', 'refresh_token', 'audit_event']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (tenant_id = current_tenant_id()) '
                       'WITH CHECK (tenant_id = current_tenant_id())', t || '_tenant_isolation', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (in_system_scope()) WITH CHECK (in_system_scope())',
                       t || '_system', t);
    END LOOP;
END
$$;
