-- Every site the certification covers, as scheduling booked the audit (its sites are the sample it visits); null for
-- audits booked before sampling, whose sites are both.
ALTER TABLE audit ADD COLUMN covered_sites jsonb;
