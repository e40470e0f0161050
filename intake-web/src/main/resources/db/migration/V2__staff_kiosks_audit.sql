-- Staff accounts, enrolled kiosks and the audit trail (issue "Staff login, roles, enrolled kiosks").
-- Portable SQL: runs on the embedded H2 and on PostgreSQL.

CREATE SEQUENCE staff_account_seq START WITH 1 INCREMENT BY 1;

-- Passwords are PBKDF2WithHmacSHA512 hashes in the platform's Pbkdf2PasswordHash format
-- (algorithm:iterations:salt:hash); nothing reversible is ever stored.
CREATE TABLE staff_account (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    username            VARCHAR(64)   NOT NULL,
    display_name        VARCHAR(100)  NOT NULL,
    password_hash       VARCHAR(512)  NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_account_username_uq UNIQUE (username)
);

CREATE TABLE staff_role (
    account_id  BIGINT       NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    CONSTRAINT staff_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT staff_role_account_fk FOREIGN KEY (account_id) REFERENCES staff_account (id)
);

CREATE SEQUENCE kiosk_seq START WITH 1 INCREMENT BY 1;

-- Kiosk tokens and enrolment codes are long random values: their SHA-256 is stored, never the value.
CREATE TABLE kiosk (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    name                  VARCHAR(100)  NOT NULL,
    token_hash            VARCHAR(64),
    enrolment_code_hash   VARCHAR(64),
    enrolment_expires_at  TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    enrolled_at           TIMESTAMP WITH TIME ZONE,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT kiosk_name_uq UNIQUE (name),
    CONSTRAINT kiosk_token_uq UNIQUE (token_hash),
    CONSTRAINT kiosk_enrolment_uq UNIQUE (enrolment_code_hash)
);

-- EclipseLink reads NEXT VALUE as the last id of a block of 50, so the first value must be 50.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

-- Append-only: the application has no code that updates or deletes a row (and on PostgreSQL a trigger
-- refuses it, see db/vendor/postgresql).
CREATE TABLE audit_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(110)  NOT NULL,
    actor_roles     VARCHAR(64)   NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    intake_id       BIGINT,
    client_address  VARCHAR(64),
    outcome         VARCHAR(16)   NOT NULL,
    detail          VARCHAR(1000)
);

CREATE INDEX audit_event_time_idx ON audit_event (occurred_at, id);
CREATE INDEX audit_event_intake_idx ON audit_event (intake_id, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

-- Who submitted each intake: an enrolled kiosk or a nurse at the desk. Older intakes say 'unknown'.
ALTER TABLE intake ADD COLUMN submitted_via VARCHAR(16) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE intake ADD COLUMN submitted_by VARCHAR(110) DEFAULT 'unknown' NOT NULL;
