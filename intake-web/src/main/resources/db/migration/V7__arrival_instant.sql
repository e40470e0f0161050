-- Arrival times become instants (issue 16). Until now arrived_at was a TIMESTAMP without zone, written as the
-- wall-clock time of the JVM's default zone, so its meaning changed with that zone (and twice a year an hour
-- of it was ambiguous). Every other time column is already TIMESTAMP WITH TIME ZONE.
-- Portable SQL: runs on the embedded H2 and on PostgreSQL. Both read each existing value in the session's
-- time zone, which their JDBC drivers set to the JVM's default zone, the zone the value was written in: so
-- run this migration from the application (as at start-up) on the machine that wrote the rows, not from
-- psql in another zone. The indexes on arrived_at are rebuilt by the type change.
ALTER TABLE intake ALTER COLUMN arrived_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
