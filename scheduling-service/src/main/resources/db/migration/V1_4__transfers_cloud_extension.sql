-- A cycle transferred from another certification body keeps the transferred certificate's number and body.
ALTER TABLE audit_programme ADD COLUMN transferred_certificate_number varchar(100);
ALTER TABLE audit_programme ADD COLUMN transferred_from varchar(300);

-- Each audit keeps the standards it covers: a cloud extension, or a surveillance combined with one, adds
-- ISO/IEC TR 20000-9 to the programme's. Until now every audit covered the programme's standards.
ALTER TABLE planned_audit ADD COLUMN standards text;
UPDATE planned_audit a SET standards = p.standards FROM audit_programme p WHERE p.id = a.programme_id;
ALTER TABLE planned_audit ALTER COLUMN standards SET NOT NULL;
