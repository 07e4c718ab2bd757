-- An auditor who leaves the certification body stays in the register (their past audits name them) with the day
-- from which they no longer audit and why.
ALTER TABLE auditor ADD COLUMN left_on date;
ALTER TABLE auditor ADD COLUMN departure_reason varchar(500);
