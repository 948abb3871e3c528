-- Sessions: a login starts a token family; every refresh rotates its refresh token; logout or a
-- reused refresh token revokes the family, which also stops its access tokens (claim "sid").
CREATE TABLE token_family (
    id          uuid        PRIMARY KEY,
    tenant_id   bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id     bigint      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    revoked_reason text,
    CONSTRAINT token_family_user_same_tenant FOREIGN KEY (tenant_id, user_id)
        REFERENCES app_user (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX token_family_tenant_user ON token_family (tenant_id, user_id);

-- Refresh tokens are stored only as SHA-256 hashes.
CREATE TABLE refresh_token (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   bigint      NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL REFERENCES token_family (id) ON DELETE CASCADE,
    token_hash  bytea       NOT NULL,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz,
    CONSTRAINT refresh_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT refresh_token_hash_length CHECK (octet_length(token_hash) = 32)
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_expires_at ON refresh_token (expires_at);

-- Access-token signing keys, shared by every process. Private keys are AES-GCM encrypted with
-- a key derived from LEADLINE_SECRET; public keys are served at /api/v1/auth/jwks.json.
CREATE TABLE jwt_signing_key (
    kid                    text        PRIMARY KEY,
    algorithm              text        NOT NULL,
    public_jwk             jsonb       NOT NULL,
    encrypted_private_jwk  bytea       NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    retired_at             timestamptz
);

-- Who did what, when. tenant_id is null only for events without a tenant (a login attempt for an
-- unknown account): those are visible to platform admins only.
CREATE TABLE audit_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    bigint      REFERENCES tenant (id) ON DELETE CASCADE,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor_id     bigint,
    actor_email  text,
    action       text        NOT NULL,
    target_type  text,
    target_id    text,
    request_id   text,
    ip           text,
    details      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT audit_event_action_format CHECK (action ~ '^[a-z_]+(\.[a-z_]+)*$')
);
CREATE INDEX audit_event_tenant_id ON audit_event (tenant_id, id DESC);
CREATE INDEX audit_event_tenant_action ON audit_event (tenant_id, action, id DESC);

-- Bucket4j's PostgreSQL buckets: rate limits that hold across every process on this database.
CREATE TABLE rate_limit_bucket (
    id          text   PRIMARY KEY,
    state       bytea,
    expires_at  bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
