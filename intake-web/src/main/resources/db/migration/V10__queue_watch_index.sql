-- The queue watch reads the waiting queue once a second on every server (JpaIntakeRepository.queueMark and
-- queueFigures: count and versions, oldest waiting arrival and open alerts per urgency). This index holds
-- every column those queries read (the id for their counts), so they read the index only, never the intake
-- rows: with 20,000 waiting intakes H2 answers them in 1 to 3 ms instead of 22 to 32 ms
-- (docs/benchmarks/startup-and-load.md). The queue page keeps intake_queue_idx for its order.
-- Portable SQL (H2, PostgreSQL).
CREATE INDEX intake_queue_watch_idx
    ON intake (queue_rank, status, version, arrived_at, alert_raised_at, alert_acknowledged_at, id);
