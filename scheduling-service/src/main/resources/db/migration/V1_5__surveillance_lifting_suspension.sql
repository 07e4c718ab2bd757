-- The missed surveillance a certificate is suspended for stays bookable until the suspension's last day, kept here.
ALTER TABLE planned_audit ADD COLUMN lifts_suspension_until date;
