-- The waiting-room screen (issue 15): the room a called patient is asked to go to, and when they were called
-- there. The screen shows ticket and room only, for a few minutes after the call. Portable SQL (H2, PostgreSQL).
ALTER TABLE intake ADD COLUMN call_room VARCHAR(16);
ALTER TABLE intake ADD COLUMN room_called_at TIMESTAMP WITH TIME ZONE;
