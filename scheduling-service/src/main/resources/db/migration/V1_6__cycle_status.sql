-- Where each cycle stands, from the certificate events (a scope extension needs a live certificate). Cycles written
-- before are read from what those events left: a later cycle, audits cancelled by a withdrawal, or held by a
-- suspension. An expiry was not kept before; such a cycle reads as certified until its certificate is renewed.
ALTER TABLE audit_programme ADD COLUMN status varchar(30);
UPDATE audit_programme p SET status = CASE
    WHEN p.certificate_id IS NULL THEN 'AWAITING_CERTIFICATE'
    WHEN EXISTS (SELECT 1 FROM audit_programme n WHERE n.contract_id = p.contract_id AND n.cycle > p.cycle)
        THEN 'RENEWED'
    WHEN EXISTS (SELECT 1 FROM planned_audit a WHERE a.programme_id = p.id AND a.status = 'CANCELLED')
        THEN 'WITHDRAWN'
    WHEN EXISTS (SELECT 1 FROM planned_audit a WHERE a.programme_id = p.id
                 AND (a.status = 'ON_HOLD' OR a.lifts_suspension_until IS NOT NULL))
        THEN 'SUSPENDED'
    ELSE 'CERTIFIED' END;
ALTER TABLE audit_programme ALTER COLUMN status SET NOT NULL;
