-- The sites a booked audit visits, each with why it was chosen (multi-site sampling); null while it is not booked and
-- for audits booked before sampling, which visit the sites they were announced with.
ALTER TABLE planned_audit ADD COLUMN sample jsonb;
