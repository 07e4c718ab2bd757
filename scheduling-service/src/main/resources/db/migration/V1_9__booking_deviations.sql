-- A booking that deviates from the programme (outside the audit's due window, or a calendar year left without a
-- surveillance): the rule it deviates from, why, and the member of staff who recorded it; null when it keeps to it.
ALTER TABLE planned_audit ADD COLUMN deviation_rule varchar(60);
ALTER TABLE planned_audit ADD COLUMN deviation_reason text;
ALTER TABLE planned_audit ADD COLUMN deviation_recorded_by varchar(100);
CREATE INDEX planned_audit_deviation ON planned_audit (programme_id) WHERE deviation_rule IS NOT NULL;
