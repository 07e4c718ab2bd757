-- What a completed audit found, as its AuditCompleted says: a stage 1 decides whether stage 2 may follow.
ALTER TABLE planned_audit ADD COLUMN last_day_on_site date;
ALTER TABLE planned_audit ADD COLUMN recommendation varchar(40);
-- Why a stage 1 found the client not ready for stage 2; null otherwise.
ALTER TABLE planned_audit ADD COLUMN not_ready_reason text;
