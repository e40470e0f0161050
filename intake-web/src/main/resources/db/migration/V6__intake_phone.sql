-- The patient's phone number, optional, as typed at the kiosk (digits, spaces, + - ( )), so that the clinic
-- can call them back. Portable SQL: runs on the embedded H2 and on PostgreSQL.
ALTER TABLE intake ADD COLUMN phone VARCHAR(32);
