-- Intakes submitted at the kiosk. Portable SQL: runs on the embedded H2 and on PostgreSQL.
CREATE SEQUENCE intake_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE intake (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    ticket           VARCHAR(8),
    arrived_at       TIMESTAMP     NOT NULL,
    status           VARCHAR(32)   NOT NULL,
    given_name       VARCHAR(100)  NOT NULL,
    family_name      VARCHAR(100)  NOT NULL,
    birth_date       DATE          NOT NULL,
    language         VARCHAR(8)    NOT NULL,
    protocol_id      VARCHAR(64)   NOT NULL,
    protocol_version VARCHAR(32)   NOT NULL,
    answers_json     VARCHAR(1000000) NOT NULL,
    assessed_urgency VARCHAR(16)   NOT NULL,
    final_urgency    VARCHAR(16)   NOT NULL,
    red_flags        VARCHAR(1000) NOT NULL,
    top_causes       VARCHAR(1000) NOT NULL,
    assessment_json  VARCHAR(1000000) NOT NULL
);

CREATE INDEX intake_status_idx ON intake (status);
CREATE INDEX intake_arrived_idx ON intake (arrived_at, id);
