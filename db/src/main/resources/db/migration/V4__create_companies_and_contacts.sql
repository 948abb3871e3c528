-- Companies and contacts are the tenant's data: every row carries tenant_id, every
-- unique rule and every lookup index starts with it, and links between them are
-- composite foreign keys so a contact can never point at another tenant's company.

CREATE TABLE company (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name            text        NOT NULL,
    -- Normalised by the application: lower case, no scheme, no "www.", no path or port.
    domain          text,
    website         text,
    industry        text,
    employee_count  integer,
    city            text,
    country         text,
    attributes      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT company_name_length CHECK (char_length(name) BETWEEN 1 AND 500),
    CONSTRAINT company_domain_normalised CHECK (
        domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'
        AND domain NOT LIKE 'www.%'),
    CONSTRAINT company_country_iso CHECK (country ~ '^[A-Z]{2}$'),
    CONSTRAINT company_employee_count_positive CHECK (employee_count >= 0),
    CONSTRAINT company_attributes_object CHECK (jsonb_typeof(attributes) = 'object'),
    CONSTRAINT company_tenant_id_id_unique UNIQUE (tenant_id, id)
);

CREATE UNIQUE INDEX company_tenant_domain_unique ON company (tenant_id, domain)
    WHERE domain IS NOT NULL;
CREATE INDEX company_tenant_lower_name ON company (tenant_id, lower(name), id);

CREATE TRIGGER company_set_updated_at BEFORE UPDATE ON company
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE contact (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    company_id    bigint,
    email         text,
    first_name    text,
    last_name     text,
    title         text,
    phone         text,
    city          text,
    country       text,
    linkedin_url  text,
    attributes    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT contact_company_same_tenant FOREIGN KEY (tenant_id, company_id)
        REFERENCES company (tenant_id, id) ON DELETE SET NULL (company_id),
    CONSTRAINT contact_email_length CHECK (char_length(email) BETWEEN 3 AND 320),
    CONSTRAINT contact_country_iso CHECK (country ~ '^[A-Z]{2}$'),
    CONSTRAINT contact_attributes_object CHECK (jsonb_typeof(attributes) = 'object'),
    CONSTRAINT contact_tenant_id_id_unique UNIQUE (tenant_id, id)
);

-- E-mail identifies a contact within a tenant, whatever its case.
CREATE UNIQUE INDEX contact_tenant_email_lower_unique ON contact (tenant_id, lower(email))
    WHERE email IS NOT NULL;
CREATE INDEX contact_tenant_company ON contact (tenant_id, company_id)
    WHERE company_id IS NOT NULL;

CREATE TRIGGER contact_set_updated_at BEFORE UPDATE ON contact
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
