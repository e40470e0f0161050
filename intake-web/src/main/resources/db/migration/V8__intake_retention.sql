-- Retention (issue 13): when the retention job removed who the patient was (names, phone, day and month of
-- birth, the Idempotency-Key and its digest) from an intake older than TRIAGE_RETENTION_DAYS; empty until
-- then. Portable SQL: runs on the embedded H2 and on PostgreSQL.
ALTER TABLE intake ADD COLUMN deidentified_at TIMESTAMP WITH TIME ZONE;
