-- The nurses' triage workflow (issue 11): statuses with their times, the nurse's urgency (empty until a
-- nurse confirms or overrides), vital signs, the emergency alert and its acknowledgement, and the history
-- of every change. Portable SQL: runs on the embedded H2 and on PostgreSQL.

-- Until now the engine's urgency was copied into final_urgency, so reports counted every intake as
-- reviewed. No nurse could review anything before this migration: every existing value is the engine's.
ALTER TABLE intake ALTER COLUMN final_urgency DROP NOT NULL;
UPDATE intake SET final_urgency = NULL;
UPDATE intake SET status = 'SEEN' WHERE status = 'CLOSED';

ALTER TABLE intake ADD COLUMN queue_rank INTEGER;
ALTER TABLE intake ADD COLUMN called_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD COLUMN triaged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD COLUMN reviewed_by VARCHAR(110);
ALTER TABLE intake ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD COLUMN override_reason VARCHAR(1000);
ALTER TABLE intake ADD COLUMN below_red_flag BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE intake ADD COLUMN heart_rate INTEGER;
ALTER TABLE intake ADD COLUMN respiratory_rate INTEGER;
ALTER TABLE intake ADD COLUMN spo2 INTEGER;
ALTER TABLE intake ADD COLUMN systolic_bp_right INTEGER;
ALTER TABLE intake ADD COLUMN systolic_bp_left INTEGER;
ALTER TABLE intake ADD COLUMN temperature_c DECIMAL(4, 1);
ALTER TABLE intake ADD COLUMN vitals_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD COLUMN vitals_by VARCHAR(110);
ALTER TABLE intake ADD COLUMN alert_raised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD COLUMN alert_acknowledged_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD COLUMN alert_acknowledged_by VARCHAR(110);
ALTER TABLE intake ADD COLUMN changed_by VARCHAR(110);
ALTER TABLE intake ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

-- The queue's sort key while an intake is in the queue (0 = EMERGENCY ... 4 = SELF_CARE), empty once it
-- left: the index below serves the queue in order, and closed intakes are outside the part it reads.
UPDATE intake SET queue_rank = CASE assessed_urgency
    WHEN 'EMERGENCY' THEN 0 WHEN 'URGENT' THEN 1 WHEN 'SOON' THEN 2 WHEN 'ROUTINE' THEN 3 ELSE 4 END
  WHERE status IN ('WAITING', 'CALLED');
-- Emergencies already waiting raise their alert now rather than never.
UPDATE intake SET alert_raised_at = arrived_at WHERE queue_rank = 0;

CREATE INDEX intake_queue_idx ON intake (queue_rank, arrived_at, id);

-- EclipseLink reads NEXT VALUE as the last id of a block of 50, so the first value must be 50.
CREATE SEQUENCE intake_change_seq START WITH 50 INCREMENT BY 50;

-- Append-only, like the audit trail: an undo is a new line pointing at the one it reverses.
CREATE TABLE intake_change (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    intake_id                   BIGINT        NOT NULL,
    occurred_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                       VARCHAR(110)  NOT NULL,
    kind                        VARCHAR(16)   NOT NULL,
    before_value                VARCHAR(40),
    after_value                 VARCHAR(40),
    reason                      VARCHAR(1000),
    detail                      VARCHAR(1000),
    undoes                      BIGINT,
    superseded_assessment_json  VARCHAR(1000000),
    CONSTRAINT intake_change_intake_fk FOREIGN KEY (intake_id) REFERENCES intake (id)
);

CREATE INDEX intake_change_intake_idx ON intake_change (intake_id, id);
