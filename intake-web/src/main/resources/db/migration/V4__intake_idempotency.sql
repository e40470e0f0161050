-- Kiosk, second version (issue 12). Portable SQL: runs on the embedded H2 and on PostgreSQL.

-- "Never lost, never doubled": a kiosk sends the same Idempotency-Key (a UUID made when the patient starts)
-- with every retry of one intake. The unique constraint is what makes a double tap or a retry after a lost
-- answer store one intake, even when both requests arrive at once; request_digest (SHA-256 of what was
-- submitted, and by whom) tells a true repeat from a different intake that reuses a key. Intakes from API
-- clients that send no key keep both columns NULL (NULLs never clash in a unique constraint).
ALTER TABLE intake ADD COLUMN idempotency_key VARCHAR(64);
ALTER TABLE intake ADD COLUMN request_digest VARCHAR(64);
ALTER TABLE intake ADD CONSTRAINT intake_idempotency_key_uq UNIQUE (idempotency_key);

-- Urgent questions the patient answered "I'm not sure": assessed as yes, shown to the nurse as "not sure".
-- Question ids, space-separated (protocol ids never contain spaces).
ALTER TABLE intake ADD COLUMN unsure VARCHAR(2000) DEFAULT '' NOT NULL;
