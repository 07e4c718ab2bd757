-- Where the body writes to an auditor about their audits; null for auditors registered without one.
ALTER TABLE auditor ADD COLUMN email varchar(320);
